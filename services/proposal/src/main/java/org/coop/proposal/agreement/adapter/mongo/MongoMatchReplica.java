package org.coop.proposal.agreement.adapter.mongo;

import java.time.Instant;
import org.coop.proposal.agreement.application.MatchReplica;
import org.coop.proposal.agreement.domain.AcceptedMatch;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import reactor.core.publisher.Mono;

/** The accepted-match replica: one document per match, keyed by the match id (a replay overwrites it with itself). */
public class MongoMatchReplica implements MatchReplica {

    static final String COLLECTION = "accepted_matches";

    private final ReactiveMongoTemplate mongo;

    public MongoMatchReplica(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document(COLLECTION)
    record MatchDocument(@Id String matchId, AcceptedMatch match, Instant acceptedAt) {
    }

    @Override
    public Mono<Void> record(AcceptedMatch match) {
        return mongo.save(new MatchDocument(match.matchId(), match, match.acceptedAt())).then();
    }

    @Override
    public Mono<AcceptedMatch> find(String matchId) {
        return mongo.findById(matchId, MatchDocument.class).map(MatchDocument::match);
    }
}
