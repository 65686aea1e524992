package org.coop.platform.messaging;

import org.coop.platform.test.Backend;
import org.coop.platform.test.WithPlatformInfrastructure;

/** The same tests as {@link DeadLetterAdminIntegrationTest}, against Apache Kafka and MongoDB containers; skipped without Docker. */
@WithPlatformInfrastructure(Backend.CONTAINERS)
class DeadLetterAdminContainersTest extends DeadLetterAdminIntegrationTest {
}
