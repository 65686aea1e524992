package org.coop.gateway.account;

import java.util.List;

/**
 * A person as the directory answers for them: who they are, in which organization, with which
 * roles and positions, and whether the account may be used. Never the password hash.
 */
public record DirectoryMember(String id, String username, String displayName, String organizationId,
                              List<String> roles, List<String> positions, boolean enabled) {

    static DirectoryMember of(Account account) {
        return new DirectoryMember(account.id(), account.username(), account.displayName(), account.organizationId(),
                account.roles() == null ? List.of() : List.copyOf(account.roles()),
                account.positions() == null ? List.of() : List.copyOf(account.positions()), account.enabled());
    }
}
