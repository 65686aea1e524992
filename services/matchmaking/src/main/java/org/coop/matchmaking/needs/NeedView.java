package org.coop.matchmaking.needs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.common.Contact;

/** A need as its college and the officers of its province see it. */
public record NeedView(String id, String organizationId, String province, NeedStatus status, int revision,
                       Map<String, String> title, Map<String, String> description, List<String> modes,
                       List<String> sectors, List<String> countries, List<String> languages,
                       List<String> partnerKinds, Integer students, Integer teachers, LocalDate periodStart,
                       LocalDate periodEnd, String funding, boolean intermediaryWelcome, LocalDate expiresOn,
                       Contact contact, String fulfilledByProposal, Instant createdAt, Instant updatedAt,
                       long version) {

    static NeedView of(NeedDocument need, LocalDate today) {
        return new NeedView(need.id, need.organizationId, need.province, need.effectiveStatus(today), need.revision,
                need.title, need.description, need.modes, need.sectors, need.countries, need.languages,
                need.partnerKinds, need.students, need.teachers, need.periodStart, need.periodEnd, need.funding,
                need.intermediaryWelcome, need.expiresOn, need.contact, need.fulfilledByProposal, need.createdAt,
                need.updatedAt, need.version == null ? 0 : need.version);
    }
}
