package org.coop.approval.policy.domain;

import java.util.Set;

/**
 * A person acting on a trip, as the domain sees them (the web adapter builds it from the token).
 * Roles and positions are plain names so the domain stays free of the security library.
 */
public record Actor(String userId, String name, String organizationId, String organizationKind, String province,
                    Set<String> roles, Set<String> positions) {

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        positions = positions == null ? Set.of() : Set.copyOf(positions);
    }
}
