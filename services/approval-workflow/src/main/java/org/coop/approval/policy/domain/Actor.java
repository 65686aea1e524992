package org.coop.approval.policy.domain;

import java.util.Set;

/**
 * A person acting on a trip, as the domain sees them (the web adapter builds it from the token).
 * Roles and positions are plain names so the domain stays free of the security library.
 *
 * @param userId the account id (the token's subject): the one identifier rules compare
 * @param username the sign-in name, where known; only to recognise the person on trips stored
 *                 before travellers were resolved to account ids
 */
public record Actor(String userId, String name, String organizationId, String organizationKind, String province,
                    Set<String> roles, Set<String> positions, String username) {

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        positions = positions == null ? Set.of() : Set.copyOf(positions);
    }

    public Actor(String userId, String name, String organizationId, String organizationKind, String province,
                 Set<String> roles, Set<String> positions) {
        this(userId, name, organizationId, organizationKind, province, roles, positions, null);
    }

    /** Whether {@code id}, as a trip or delegation records a person, names this actor. */
    public boolean isNamedBy(String id) {
        return id != null && (id.equals(userId) || id.equals(username));
    }
}
