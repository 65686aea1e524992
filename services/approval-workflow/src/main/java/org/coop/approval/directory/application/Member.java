package org.coop.approval.directory.application;

import java.util.Set;

/**
 * A person as the platform's directory knows them inside one organization.
 *
 * @param accountId the canonical identifier, the same as the {@code sub} of their tokens
 * @param username their sign-in name
 * @param enabled false for a person whose account was disabled (e.g. who left)
 */
public record Member(String accountId, String username, String displayName, String organizationId,
                     Set<String> roles, Set<String> positions, boolean enabled) {

    public Member {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        positions = positions == null ? Set.of() : Set.copyOf(positions);
    }

    /** An enabled account of {@code organizationId}: somebody who may travel or decide for it. */
    public boolean isActiveIn(String organizationId) {
        return enabled && this.organizationId.equals(organizationId);
    }
}
