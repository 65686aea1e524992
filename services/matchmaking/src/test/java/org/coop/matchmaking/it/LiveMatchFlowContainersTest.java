package org.coop.matchmaking.it;

import org.coop.platform.test.Backend;
import org.coop.platform.test.WithPlatformInfrastructure;

/** The same flow against Apache Kafka and MongoDB containers; skipped, with the reason, where no Docker engine runs. */
@WithPlatformInfrastructure(Backend.CONTAINERS)
class LiveMatchFlowContainersTest extends LiveMatchFlowTest {
}
