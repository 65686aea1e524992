package org.coop.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Opaque refresh tokens, rotated at every use (OAuth 2.0 Security BCP, RFC 9700 §4.14). Only a
 * SHA-256 of each token is stored. Tokens descending from one sign-in form a family: using a
 * token that was already rotated means it leaked, so the whole family is revoked. Signing out
 * revokes the family too.
 */
public class RefreshTokens {

    static final String COLLECTION = "refresh_tokens";

    private final ReactiveMongoTemplate mongo;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RefreshTokens(ReactiveMongoTemplate mongo, Duration lifetime, Clock clock) {
        this.mongo = mongo;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A new token starting a new family (a sign-in). */
    public Mono<String> startFamily(String accountId) {
        return issue(accountId, UUID.randomUUID().toString());
    }

    /**
     * Exchanges a token for its successor. Empty when the token is unknown, expired, revoked or
     * already used (in which case its family is revoked).
     */
    public Mono<Rotation> rotate(String token) {
        String hash = hash(token);
        Instant now = clock.instant();
        Query usable = Query.query(Criteria.where("_id").is(hash).and("rotatedAt").is(null).and("revokedAt").is(null)
                .and("expiresAt").gt(Date.from(now)));
        return mongo.findAndModify(usable, new Update().set("rotatedAt", Date.from(now)),
                        FindAndModifyOptions.options().returnNew(false), Document.class, COLLECTION)
                .flatMap(previous -> issue(previous.getString("accountId"), previous.getString("family"))
                        .map(next -> new Rotation(previous.getString("accountId"), next)))
                .switchIfEmpty(Mono.defer(() -> revokeIfReused(hash)).then(Mono.empty()));
    }

    /** Revokes the family of the token (sign-out); unknown tokens are ignored. */
    public Mono<Void> revokeFamilyOf(String token) {
        return mongo.findById(hash(token), Document.class, COLLECTION)
                .flatMap(document -> revokeFamily(document.getString("family")))
                .then();
    }

    private Mono<Void> revokeIfReused(String hash) {
        return mongo.findById(hash, Document.class, COLLECTION)
                .filter(document -> document.get("rotatedAt") != null)
                .flatMap(document -> revokeFamily(document.getString("family")))
                .then();
    }

    private Mono<Void> revokeFamily(String family) {
        return mongo.updateMulti(Query.query(Criteria.where("family").is(family).and("revokedAt").is(null)),
                new Update().set("revokedAt", Date.from(clock.instant())), COLLECTION).then();
    }

    private Mono<String> issue(String accountId, String family) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Document record = new Document("_id", hash(token))
                .append("accountId", accountId)
                .append("family", family)
                .append("issuedAt", Date.from(now))
                .append("expiresAt", Date.from(now.plus(lifetime)));
        return mongo.insert(record, COLLECTION).thenReturn(token);
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account a rotated token belonged to and the token that replaces it. */
    public record Rotation(String accountId, String nextToken) {
    }
}
