package org.coop.proposal.it;

import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.HttpEdgeChecks;
import org.coop.platform.test.RawHttp;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The HTTP edge every application of the platform shares ({@link HttpEdgeChecks}), on this service. */
@ProposalIntegrationTest
class HttpEdgeTest {

    @LocalServerPort
    int port;

    @Test
    void refusalsOfTheHttpLayerAreProblemDetails() {
        HttpEdgeChecks.httpLayerRefusalsAreProblemDetails(port, "/api/proposals");
    }

    @Test
    void theHealthIsUpWhileTheServiceCanServe() {
        HttpEdgeChecks.healthIsUp(port);
    }

    @Test
    void aKeptAliveConnectionIsStillReadAfterRefusalsQueuedBehindAStoreRead(TestTokens tokens) {
        String storeRead = RawHttp.request("GET", "/api/proposals/no-such-proposal",
                "Authorization: Bearer " + tokens.forUser(PlatformRole.COLLEGE, "org-http-edge"));
        HttpEdgeChecks.aKeptAliveConnectionIsStillReadAfterQueuedQuickAnswers(port, storeRead,
                RawHttp.request("GET", "/actuator/no-such-endpoint"));
    }
}
