package org.coop.forum.meeting.adapter.mongo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.coop.forum.meeting.application.MatchReplica;
import org.coop.forum.meeting.domain.AcceptedMatch;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Accepted matches in {@code accepted_matches}, one document per match id (a replay overwrites it with itself). */
public class MongoMatchReplica implements MatchReplica {

    static final String COLLECTION = "accepted_matches";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public MongoMatchReplica(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Document(COLLECTION)
    record MatchDocument(@Id String matchId, List<String> organizationIds, Instant recordedAt) {
    }

    public Mono<Void> createIndexes() {
        return mongo.indexOps(COLLECTION).createIndex(new Index().on("organizationIds", Sort.Direction.ASC)
                .named("by_organization")).then();
    }

    @Override
    public Mono<Void> record(AcceptedMatch match) {
        return mongo.save(new MatchDocument(match.matchId(), match.organizationIds(), clock.instant())).then();
    }

    @Override
    public Flux<AcceptedMatch> of(String organizationId) {
        return mongo.find(Query.query(Criteria.where("organizationIds").is(organizationId)), MatchDocument.class)
                .map(document -> new AcceptedMatch(document.matchId(), document.organizationIds()));
    }
}
