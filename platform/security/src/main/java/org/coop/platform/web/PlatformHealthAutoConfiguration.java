package org.coop.platform.web;

import com.mongodb.reactivestreams.client.MongoClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Health contributors every application shares. The bean name {@code mongoHealthIndicator}
 * replaces Spring Boot's Mongo indicator (see {@link MongoPingHealthIndicator}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration",
        afterName = "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration")
@ConditionalOnClass({MongoClient.class, ReactiveHealthIndicator.class})
public class PlatformHealthAutoConfiguration {

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(MongoClient.class)
    public MongoPingHealthIndicator mongoHealthIndicator(MongoClient client,
                                                         @Value("${spring.mongodb.database:admin}") String database) {
        return new MongoPingHealthIndicator(client, database);
    }
}
