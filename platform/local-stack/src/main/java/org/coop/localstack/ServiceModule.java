package org.coop.localstack;

import java.util.List;

/**
 * A service the local stack knows how to start: its Spring Boot application class, the name of
 * its configuration file, its port, and the gateway routes that lead to it. A module that is not
 * on the classpath (not built yet) is skipped.
 */
record ServiceModule(String name, String applicationClass, String configName, int defaultPort, List<String> routes) {

    static final List<ServiceModule> KNOWN = List.of(
            new ServiceModule("matchmaking", "org.coop.matchmaking.MatchmakingApplication", "matchmaking", 8081,
                    List.of("matchmaking", "matchmaking-stream")),
            new ServiceModule("proposal", "org.coop.proposal.ProposalApplication", "proposal", 8082,
                    List.of("proposal")),
            new ServiceModule("approval-workflow", "org.coop.approval.ApprovalWorkflowApplication", "approval-workflow",
                    8083, List.of("approvals")),
            new ServiceModule("forum-event", "org.coop.forum.ForumEventApplication", "forum-event", 8084,
                    List.of("forums")));

    boolean present() {
        try {
            Class.forName(applicationClass, false, ServiceModule.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** {@code matchmaking} → {@code coop.matchmaking.port} / {@code COOP_MATCHMAKING_PORT}. */
    String portProperty() {
        return "coop." + name + ".port";
    }
}
