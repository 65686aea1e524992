package org.coop.approval;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coop.approval.directory.application.Directory;
import org.coop.approval.directory.application.Member;
import reactor.core.publisher.Mono;

/**
 * A directory kept in memory and fed by the test, answering as the gateway's does: a reference
 * is an account id (as written) or a username (any case); only members of the organization asked
 * about are found. Accounts are kept per organization because each test's fresh college reuses
 * the same cast of account ids.
 */
public final class InMemoryDirectory implements Directory {

    private final Map<String, Map<String, Member>> accountsByOrganization = new ConcurrentHashMap<>();

    /** Adds (or replaces) an enabled account. */
    public Member add(String organizationId, String accountId, String username, String... positions) {
        return add(new Member(accountId, username, username, organizationId, Set.of("COLLEGE"), Set.of(positions),
                true));
    }

    /** Adds (or replaces) an account as given, e.g. a disabled one or an officer. */
    public Member add(Member member) {
        accountsByOrganization.computeIfAbsent(member.organizationId(), organization -> new ConcurrentHashMap<>())
                .put(member.accountId(), member);
        return member;
    }

    @Override
    public Mono<Map<String, Member>> membersOf(String organizationId, Collection<String> references) {
        return Mono.fromSupplier(() -> {
            Map<String, Member> accounts = accountsByOrganization.getOrDefault(organizationId, Map.of());
            Map<String, Member> found = new LinkedHashMap<>();
            for (String reference : references) {
                Member member = accounts.get(reference);
                if (member == null) {
                    String username = reference.trim().toLowerCase(Locale.ROOT);
                    member = accounts.values().stream().filter(m -> m.username().equals(username)).findFirst()
                            .orElse(null);
                }
                if (member != null) {
                    found.put(reference, member);
                }
            }
            return found;
        });
    }
}
