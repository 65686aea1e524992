package org.coop.gateway;

import org.coop.platform.test.Backend;
import org.coop.platform.test.WithPlatformInfrastructure;

/** The same tests as {@link GatewayIntegrationTest}, against a MongoDB container; skipped without Docker. */
@WithPlatformInfrastructure(Backend.CONTAINERS)
class GatewayContainersTest extends GatewayIntegrationTest {
}
