package org.coop.platform.security;

/**
 * The kinds of user the platform knows. A token carries one or more; Spring authorities are
 * {@code ROLE_<name>}.
 */
public enum PlatformRole {
    /** Staff of a vocational college: posts needs, requests trips. */
    COLLEGE,
    /** Staff of an enterprise: posts offers, subscribes to matches. */
    ENTERPRISE,
    /** Staff of an overseas institution (college, polytechnic, association): posts offers, subscribes. */
    INSTITUTION,
    /** Officer of a provincial department: brokers matches, approves trips in their province. */
    GOV_OFFICER,
    /** Organizer of forums and exchange weeks. */
    FORUM_ORGANIZER,
    /** Operator of the platform: dead letters, policies, accounts. */
    PLATFORM_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
