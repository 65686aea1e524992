package org.coop.approval;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The approval-workflow service: overseas trip requests of college staff, from request to report. */
@SpringBootApplication
public class ApprovalWorkflowApplication {

    /** The config file is {@code approval-workflow.yml}, so services can share one JVM in the local stack. */
    public static final String CONFIG_NAME = "spring.config.name=approval-workflow";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ApprovalWorkflowApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }
}
