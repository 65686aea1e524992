package org.coop.approval;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code approval.*}: where the policy comes from and how timers run. */
@ConfigurationProperties("approval")
public class ApprovalProperties {

    private final Policy policy = new Policy();
    private final Timers timers = new Timers();

    public Policy getPolicy() {
        return policy;
    }

    public Timers getTimers() {
        return timers;
    }

    public static class Policy {
        /** The policy document shipped with this deployment; stored as a version if new. */
        private String location = "classpath:policy/trip-policy.yml";
        /** How long an instance trusts its copy of the active policy before reading it again. */
        private Duration cacheFor = Duration.ofSeconds(10);

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public Duration getCacheFor() {
            return cacheFor;
        }

        public void setCacheFor(Duration cacheFor) {
            this.cacheFor = cacheFor;
        }
    }

    public static class Timers {
        private boolean enabled = true;
        /** How often this instance looks for due timers. */
        private Duration pollInterval = Duration.ofSeconds(5);
        /** How long a claim on a trip's timer lasts if the instance dies while firing it. */
        private Duration lease = Duration.ofSeconds(60);
        /** Trips fired per poll at most. */
        private int batch = 50;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getLease() {
            return lease;
        }

        public void setLease(Duration lease) {
            this.lease = lease;
        }

        public int getBatch() {
            return batch;
        }

        public void setBatch(int batch) {
            this.batch = batch;
        }
    }
}
