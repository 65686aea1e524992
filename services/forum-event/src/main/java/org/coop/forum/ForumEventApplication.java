package org.coop.forum;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The forum-event service: forums, registrations with a waiting list, check-in and meetings. */
@SpringBootApplication
public class ForumEventApplication {

    /** The config file is {@code forum-event.yml}, so services can share one JVM in the local stack. */
    public static final String CONFIG_NAME = "spring.config.name=forum-event";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ForumEventApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }
}
