package org.coop.matchmaking.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coop.matchmaking.matches.MatchDocument;
import org.coop.matchmaking.matches.MatchService;
import org.coop.matchmaking.matches.NotificationIds;
import org.coop.platform.events.EventJson;
import org.coop.platform.security.PlatformPrincipal;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;

/**
 * A user's live stream: what was missed since {@code Last-Event-ID}, replayed from the store,
 * then the live events, without duplicates. The live registration is made before the store is
 * read, so an event written in between arrives by one path or the other. The replay starts a
 * margin before the last event's time, to cover events written earlier but delivered later
 * (other partitions, a relay retrying); events within the margin may come again, with the same
 * id, and clients drop ids they already have.
 */
public class StreamService {

    private final ReactiveMongoTemplate mongo;
    private final SseHub hub;
    private final Duration replayMargin;

    public StreamService(ReactiveMongoTemplate mongo, SseHub hub, Duration replayMargin) {
        this.mongo = mongo;
        this.hub = hub;
        this.replayMargin = replayMargin;
    }

    public Flux<Notification> stream(PlatformPrincipal user, String lastEventId) {
        SseHub.Connection live = hub.connect(user);
        Instant since = NotificationIds.timeOf(lastEventId);
        if (since == null) {
            return live.events().doFinally(signal -> live.close().run());
        }
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Flux<Notification> replay = replay(user, since.minus(replayMargin), lastEventId);
        return Flux.concat(replay, live.events()).filter(n -> n.id() == null || sent.add(n.id()))
                .doFinally(signal -> live.close().run());
    }

    Flux<Notification> replay(PlatformPrincipal user, Instant from, String lastEventId) {
        Query query = Query.query(new Criteria().andOperator(MatchService.scope(user),
                Criteria.where("updatedAt").gte(from)));
        return mongo.find(query, MatchDocument.class)
                .flatMapIterable(match -> match.timeline)
                .filter(entry -> !entry.at().isBefore(from) && !entry.id().equals(lastEventId))
                .filter(entry -> visible(user, entry))
                .sort(Comparator.comparing(MatchDocument.TimelineEntry::at)
                        .thenComparing(MatchDocument.TimelineEntry::id))
                .map(entry -> new Notification(entry.id(), entry.type(), entry.at(), entry.data()));
    }

    /** The same audience rule as the live path, so a replay shows what the live stream would have. */
    private static boolean visible(PlatformPrincipal user, MatchDocument.TimelineEntry entry) {
        Audience audience = Audience.of(entry.type(), EventJson.mapper().readTree(entry.data()));
        return audience.organizations().contains(user.organizationId()) || user.isOfficerOf(audience.province());
    }
}
