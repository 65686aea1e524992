package org.coop.approval.it;

import java.util.UUID;
import org.coop.approval.InMemoryDirectory;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API client and the people of a fresh college for each test (quotas, task lists and accounts stay apart). */
abstract class ApprovalTestBase {

    @LocalServerPort
    int port;

    @Autowired
    InMemoryDirectory directory;

    TripApi api;
    People people;

    @BeforeEach
    void setUpPeople(TestTokens tokens) {
        api = new TripApi(port);
        people = new People(tokens, directory, "org-college-" + UUID.randomUUID());
    }
}
