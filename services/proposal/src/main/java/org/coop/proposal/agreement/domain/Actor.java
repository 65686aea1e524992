package org.coop.proposal.agreement.domain;

import java.util.Set;

/**
 * A person acting on a proposal, as the domain sees them (the web adapter builds it from the
 * token). Roles are plain names so the domain stays free of the security library.
 */
public record Actor(String userId, String name, String organizationId, String province, Set<String> roles) {

    public static final String GOV_OFFICER = "GOV_OFFICER";

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A government officer whose remit covers {@code otherProvince}. */
    public boolean isOfficerOf(String otherProvince) {
        return roles.contains(GOV_OFFICER) && province != null && province.equals(otherProvince);
    }
}
