package org.coop.proposal.agreement.adapter.mongo;

import org.coop.proposal.agreement.domain.Proposal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored form of a proposal: the aggregate under {@code proposal}, the optimistic-lock version,
 * and (written by the platform) its pending events.
 */
@Document(MongoProposalStore.COLLECTION)
public record ProposalDocument(@Id String id, @Version Long version, Proposal proposal) {
}
