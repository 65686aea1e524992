package org.coop.proposal.agreement.adapter.mongo;

import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.messaging.AggregateWriter;
import org.coop.proposal.agreement.application.ProposalStore;
import org.coop.proposal.agreement.application.StoredProposal;
import org.coop.proposal.agreement.domain.Proposal;
import org.coop.proposal.agreement.domain.ProposalStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Proposals in the {@code proposals} collection, written only through the platform's {@link AggregateWriter}. */
public class MongoProposalStore implements ProposalStore {

    static final String COLLECTION = "proposals";
    private static final String PARTIES = "proposal.partyOrganizationIds";
    private static final String CREATED = "proposal.createdAt";

    private final ReactiveMongoTemplate mongo;
    private final AggregateWriter writer;

    public MongoProposalStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    /** The index the "mine" list relies on: party, then newest first. */
    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION).createIndex(new Index().on(PARTIES, Sort.Direction.ASC)
                .on(CREATED, Sort.Direction.DESC).named("by_party")).then();
    }

    @Override
    public Mono<StoredProposal> find(String id) {
        return mongo.findOne(aggregateOnly(Query.query(Criteria.where("_id").is(id))), ProposalDocument.class)
                .map(MongoProposalStore::stored);
    }

    /**
     * Reads only the aggregate and its version (the outbox is the platform's). The projection also
     * makes the embedded Mongo-wire store answer with a copy rather than its stored instance.
     */
    private static Query aggregateOnly(Query query) {
        query.fields().include("proposal").include(AggregateWriter.VERSION_FIELD);
        return query;
    }

    @Override
    public Mono<StoredProposal> insert(Proposal proposal, List<? extends DomainEvent> events) {
        return writer.insert(new ProposalDocument(proposal.getId(), null, proposal), events)
                .map(MongoProposalStore::stored);
    }

    @Override
    public Mono<StoredProposal> update(StoredProposal stored, List<? extends DomainEvent> events) {
        return writer.update(new ProposalDocument(stored.proposal().getId(), stored.version(), stored.proposal()),
                events).map(MongoProposalStore::stored);
    }

    @Override
    public Flux<Proposal> ofParty(String organizationId, ProposalStatus status, int page, int size) {
        Criteria criteria = Criteria.where(PARTIES).is(organizationId);
        if (status != null) {
            criteria = criteria.and("proposal.status").is(status.name());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, CREATED))
                .skip((long) page * size).limit(size);
        return mongo.find(aggregateOnly(query), ProposalDocument.class).map(ProposalDocument::proposal);
    }

    private static StoredProposal stored(ProposalDocument document) {
        return new StoredProposal(document.proposal(), document.version());
    }
}
