package org.coop.platform.security;

/**
 * Claim names of platform access tokens, shared by the issuer (gateway) and every resource server.
 * Tokens follow the JWT profile for OAuth 2.0 access tokens (RFC 9068): header {@code typ: at+jwt}.
 */
public final class TokenClaims {

    public static final String ACCESS_TOKEN_TYPE = "at+jwt";

    public static final String USERNAME = "preferred_username";
    public static final String NAME = "name";
    public static final String ORGANIZATION = "org";
    public static final String ORGANIZATION_KIND = "org_kind";
    public static final String PROVINCE = "province";
    public static final String COUNTRY = "country";
    public static final String ROLES = "roles";
    /**
     * Positions the user holds inside the organization that approval routes refer to, e.g.
     * {@code INTERNATIONAL_OFFICE}, {@code COLLEGE_LEADER}, {@code DIVISION_HEAD}. Optional.
     */
    public static final String POSITIONS = "positions";

    private TokenClaims() {
    }
}
