package org.coop.approval.it;

import java.util.UUID;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API client and the people of a fresh college for each test (quotas and task lists stay apart). */
abstract class ApprovalTestBase {

    @LocalServerPort
    int port;

    TripApi api;
    People people;

    @BeforeEach
    void setUpPeople(TestTokens tokens) {
        api = new TripApi(port);
        people = new People(tokens, "org-college-" + UUID.randomUUID());
    }
}
