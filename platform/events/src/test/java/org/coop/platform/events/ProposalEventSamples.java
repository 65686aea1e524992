package org.coop.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.proposal.ProposalDrafted;
import org.coop.platform.events.proposal.ProposalParty;
import org.coop.platform.events.proposal.ProposalRevised;
import org.coop.platform.events.proposal.ProposalSigned;
import org.coop.platform.events.proposal.ProposalWithdrawn;

/** Realistic instances of the proposal service's own lifecycle events (Submitted/Concluded are shared samples). */
final class ProposalEventSamples {

    private ProposalEventSamples() {
    }

    static Map<Class<? extends DomainEvent>, DomainEvent> all(List<ProposalParty> parties, Instant now) {
        String college = parties.get(0).organizationId();
        String title = "机电一体化专业学生赴越南北宁顶岗实习合作备忘录";
        return Map.of(
                ProposalDrafted.class, new ProposalDrafted("proposal-1", "match-1", "need-1", title,
                        "COLLEGE_COMPANY", parties, List.of("zh", "vi"), college, "user-he-jing", now),
                ProposalRevised.class, new ProposalRevised("proposal-1", 2, title, parties.get(1).organizationId(),
                        "user-nguyen-lan", false, now),
                ProposalSigned.class, new ProposalSigned("proposal-1", college, "COLLEGE", "user-chen-hao", 1, 1, 2,
                        now),
                ProposalWithdrawn.class, new ProposalWithdrawn("proposal-1", "match-1", college, "user-he-jing",
                        "the partner chose another college", now));
    }
}
