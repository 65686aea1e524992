package org.coop.gateway;

import java.time.Duration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The gateway's indexes, created at start (Spring Data's automatic index creation is off, so an
 * {@code @Indexed} on a document is only a hint). Without the first, two accounts could share a
 * username and every sign-in read every account; the embedded store logged "no index serves
 * gateway.accounts {username}" at the first sign-in.
 */
@Component
class GatewayIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    GatewayIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Flux.concat(
                        // sign-in by username; usernames are unique (stored lower-case)
                        mongo.indexOps("accounts").createIndex(new Index().on("username", Sort.Direction.ASC)
                                .unique().named("username_unique")),
                        // the directory: an organization's members
                        mongo.indexOps("accounts").createIndex(new Index().on("organizationId", Sort.Direction.ASC)
                                .named("by_organization")),
                        // sign-out and reuse detection revoke a refresh token's whole family
                        mongo.indexOps("refresh_tokens").createIndex(new Index().on("family", Sort.Direction.ASC)
                                .named("by_family")))
                .then()
                .block(Duration.ofSeconds(30));
    }
}
