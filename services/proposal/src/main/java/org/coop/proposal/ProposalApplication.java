package org.coop.proposal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The proposal service: from an accepted match to a signed cooperation agreement (MOU). */
@SpringBootApplication
public class ProposalApplication {

    /** The config file is {@code proposal.yml}, so services can share one JVM in the local stack. */
    public static final String CONFIG_NAME = "spring.config.name=proposal";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ProposalApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }
}
