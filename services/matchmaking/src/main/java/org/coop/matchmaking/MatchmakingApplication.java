package org.coop.matchmaking;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The matchmaking service: needs of colleges, offers and standing subscriptions of enterprises
 * and institutions, and the explainable matches between them (docs/matchmaking.md).
 */
@SpringBootApplication
@EnableScheduling
public class MatchmakingApplication {

    /** The configuration file is {@code matchmaking.yml}, so services can share one JVM in the local stack. */
    public static final String CONFIG_NAME = "spring.config.name=matchmaking";

    public static void main(String[] args) {
        new SpringApplicationBuilder(MatchmakingApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }
}
