package org.coop.proposal.agreement.application;

import java.util.ArrayList;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.proposal.ProposalConcluded;
import org.coop.platform.events.proposal.ProposalDrafted;
import org.coop.platform.events.proposal.ProposalParty;
import org.coop.platform.events.proposal.ProposalRevised;
import org.coop.platform.events.proposal.ProposalSigned;
import org.coop.platform.events.proposal.ProposalSubmitted;
import org.coop.platform.events.proposal.ProposalWithdrawn;
import org.coop.proposal.agreement.domain.Actor;
import org.coop.proposal.agreement.domain.Proposal;
import org.coop.proposal.agreement.domain.ProposalStatus;
import org.coop.proposal.agreement.domain.Signature;

/**
 * Turns what happened to a proposal into the events published on {@code proposal.proposals.v1}.
 * The title in events is the Chinese one (every proposal has it; the schemas keep a single string).
 */
final class ProposalEvents {

    private ProposalEvents() {
    }

    static ProposalDrafted drafted(Proposal proposal, Actor by) {
        return new ProposalDrafted(proposal.getId(), proposal.getOriginMatchId(), proposal.getNeedId(),
                proposal.content().chineseTitle(), proposal.getMode().name(), parties(proposal),
                proposal.content().languages(), by.organizationId(), by.userId(), proposal.getCreatedAt());
    }

    static ProposalRevised revised(Proposal proposal, Actor by, boolean returnedToDraft) {
        return new ProposalRevised(proposal.getId(), proposal.currentVersion(), proposal.content().chineseTitle(),
                by.organizationId(), by.userId(), returnedToDraft, proposal.getUpdatedAt());
    }

    static ProposalSubmitted submitted(Proposal proposal) {
        return new ProposalSubmitted(proposal.getId(), proposal.getOriginMatchId(), proposal.getNeedId(),
                proposal.content().chineseTitle(), proposal.getMode().name(), parties(proposal),
                proposal.currentVersion(), proposal.getSubmittedAt());
    }

    /** The signature, and when it was the last one, the conclusion (same write, so both or neither). */
    static List<DomainEvent> signed(Proposal proposal, Signature signature) {
        List<DomainEvent> events = new ArrayList<>();
        events.add(new ProposalSigned(proposal.getId(), signature.organizationId(), signature.role().name(),
                signature.userId(), signature.position(), proposal.getParties().size() - proposal.getSignatures().size(),
                signature.version(), signature.at()));
        if (proposal.getStatus() == ProposalStatus.CONCLUDED) {
            events.add(new ProposalConcluded(proposal.getId(), proposal.getOriginMatchId(), proposal.getNeedId(),
                    proposal.content().chineseTitle(), proposal.getMode().name(), parties(proposal),
                    proposal.getConcludedAt()));
        }
        return events;
    }

    static ProposalWithdrawn withdrawn(Proposal proposal, Actor by) {
        return new ProposalWithdrawn(proposal.getId(), proposal.getOriginMatchId(), by.organizationId(), by.userId(),
                proposal.getWithdrawalReason(), proposal.getWithdrawnAt());
    }

    private static List<ProposalParty> parties(Proposal proposal) {
        return proposal.getParties().stream()
                .map(party -> new ProposalParty(party.organizationId(), party.role().name(), party.country()))
                .toList();
    }
}
