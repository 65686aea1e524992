package org.coop.approval;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code approval.*}: where the policy comes from, how timers run, where the directory is asked. */
@ConfigurationProperties("approval")
public class ApprovalProperties {

    private final Policy policy = new Policy();
    private final Timers timers = new Timers();
    private final Directory directory = new Directory();

    public Policy getPolicy() {
        return policy;
    }

    public Timers getTimers() {
        return timers;
    }

    public Directory getDirectory() {
        return directory;
    }

    /** {@code approval.directory.*}: where the directory of accounts is asked, and how patiently. */
    public static class Directory {
        /** Base URL of the gateway that serves {@code /api/directory/members}. */
        private String uri = "http://localhost:8080";
        /** Time allowed per attempt (two attempts at most), so a write answers within the gateway's 10 s. */
        private Duration timeout = Duration.ofSeconds(2);
        /** How long an answer is remembered: also how long a change in the directory may go unseen. */
        private Duration rememberFor = Duration.ofSeconds(30);
        /** Answers remembered at most (one per organization and reference). */
        private long rememberAtMost = 10_000;

        public String getUri() {
            return uri;
        }

        public void setUri(String uri) {
            this.uri = uri;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getRememberFor() {
            return rememberFor;
        }

        public void setRememberFor(Duration rememberFor) {
            this.rememberFor = rememberFor;
        }

        public long getRememberAtMost() {
            return rememberAtMost;
        }

        public void setRememberAtMost(long rememberAtMost) {
            this.rememberAtMost = rememberAtMost;
        }
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
