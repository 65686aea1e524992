package org.coop.forum.common.domain;

import java.util.Set;

/**
 * The caller as the domain sees them.
 *
 * @param roles platform role names (FORUM_ORGANIZER, COLLEGE, ...)
 */
public record Actor(String userId, String name, String organizationId, Set<String> roles) {

    public static final String FORUM_ORGANIZER = "FORUM_ORGANIZER";

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean isOrganizer() {
        return roles.contains(FORUM_ORGANIZER);
    }

    public boolean belongsTo(String otherOrganizationId) {
        return organizationId.equals(otherOrganizationId);
    }
}
