package org.coop.proposal.agreement.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coop.proposal.agreement.domain.Comment;
import org.coop.proposal.agreement.domain.Party;
import org.coop.proposal.agreement.domain.Proposal;
import org.coop.proposal.agreement.domain.Signature;

/** What the proposal API answers. */
public final class ProposalViews {

    private ProposalViews() {
    }

    /**
     * A proposal as its parties see it: the current version's text, the parties in signing order,
     * whose turn it is to sign, the signatures and comments.
     */
    public record ProposalView(String id, String mode, String originMatchId, String needId, String province,
                               String status, int version, Map<String, String> title, Map<String, String> scope,
                               Map<String, String> terms, List<Party> parties, String nextSigner,
                               List<Signature> signatures, List<Comment> comments, Instant createdAt,
                               Instant updatedAt, Instant submittedAt, Instant concludedAt, Instant withdrawnAt,
                               String withdrawalReason) {

        static ProposalView of(Proposal proposal) {
            Party next = proposal.nextSigner();
            return new ProposalView(proposal.getId(), proposal.getMode().name(), proposal.getOriginMatchId(),
                    proposal.getNeedId(), proposal.getProvince(), proposal.getStatus().name(),
                    proposal.currentVersion(), proposal.content().title(), proposal.content().scope(),
                    proposal.content().terms(), proposal.getParties(), next == null ? null : next.organizationId(),
                    proposal.getSignatures(), proposal.getComments(), proposal.getCreatedAt(), proposal.getUpdatedAt(),
                    proposal.getSubmittedAt(), proposal.getConcludedAt(), proposal.getWithdrawnAt(),
                    proposal.getWithdrawalReason());
        }
    }
}
