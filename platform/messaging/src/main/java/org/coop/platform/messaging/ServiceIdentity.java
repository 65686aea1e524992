package org.coop.platform.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.service.*}: who this process is. The name is the Kafka consumer group, the
 * CloudEvents source, the dead-letter topic prefix and the default API base path.
 */
@ConfigurationProperties("platform.service")
public class ServiceIdentity {

    /** Required: e.g. {@code matchmaking}. */
    private String name;
    /** Base path of the service's HTTP API; defaults to {@code /api/<name>}. */
    private String apiBase;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getApiBase() {
        return apiBase != null ? apiBase : "/api/" + name;
    }

    public void setApiBase(String apiBase) {
        this.apiBase = apiBase;
    }

    public String requireName() {
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("platform.service.name is not set: every service using "
                    + "platform-messaging must name itself (it becomes its consumer group and event source)");
        }
        return name;
    }
}
