package org.coop.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The RSA key the gateway signs tokens with. Kept in Mongo so every gateway instance, and the
 * same instance after a restart, signs with the same key and services keep trusting earlier
 * tokens. The first instance to start creates it; the others read it. Only public halves leave
 * the process (the JWKS).
 *
 * <p>Production deployments should restrict access to the {@code signing_keys} collection (or
 * move the key to a secret store); the key id lets a later rotation publish old and new side by side.
 */
public class SigningKeys {

    static final String COLLECTION = "signing_keys";
    private static final String ACTIVE = "active";

    private final RSAKey signingKey;
    private final JWKSet publicKeys;

    public SigningKeys(ReactiveMongoTemplate mongo) {
        this.signingKey = loadOrCreate(mongo);
        List<Document> all = mongo.findAll(Document.class, COLLECTION).collectList().block(Duration.ofSeconds(30));
        this.publicKeys = new JWKSet(all.stream().map(SigningKeys::parse).map(RSAKey::toPublicJWK)
                .map(com.nimbusds.jose.jwk.JWK.class::cast).toList());
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    /** The public keys as a JWKS document (RFC 7517). */
    public JWKSet publicKeys() {
        return publicKeys;
    }

    private static RSAKey loadOrCreate(ReactiveMongoTemplate mongo) {
        Document existing = mongo.findById(ACTIVE, Document.class, COLLECTION).block(Duration.ofSeconds(30));
        if (existing != null) {
            return parse(existing);
        }
        RSAKey generated;
        try {
            generated = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .issueTime(new Date())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate the signing key", e);
        }
        try {
            mongo.insert(new Document("_id", ACTIVE).append("jwk", generated.toJSONString())
                    .append("createdAt", Date.from(Instant.now())), COLLECTION).block(Duration.ofSeconds(30));
            return generated;
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            return parse(mongo.findById(ACTIVE, Document.class, COLLECTION).block(Duration.ofSeconds(30)));
        }
    }

    private static RSAKey parse(Document document) {
        try {
            return RSAKey.parse(document.getString("jwk"));
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable signing key " + document.get("_id"), e);
        }
    }
}
