package org.coop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SweepPacingTest {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SweepPacing pacing = new SweepPacing(clock, properties());

    private static OutboxProperties properties() {
        OutboxProperties properties = new OutboxProperties();
        properties.setIdleAfter(Duration.ofSeconds(10));
        properties.setIdleSweepInterval(Duration.ofSeconds(2));
        return properties;
    }

    private void advance(long millis) {
        now = now.plusMillis(millis);
    }

    @Test
    void anIdleRelaySweepsOnlyEveryIdleInterval() {
        assertThat(pacing.due(true)).as("the first tick after start sweeps").isTrue();
        advance(200);
        assertThat(pacing.due(true)).isFalse();
        advance(1_700);
        assertThat(pacing.due(true)).isFalse();
        advance(100);
        assertThat(pacing.due(true)).as("two seconds after the last sweep").isTrue();
    }

    @Test
    void aNudgeOrPublishedWorkMakesEveryTickSweepUntilQuietAgain() {
        pacing.due(true);
        pacing.active();
        for (int tick = 0; tick < 49; tick++) {
            advance(200);
            assertThat(pacing.due(true)).as("tick %d after activity", tick).isTrue();
        }
        advance(200);
        assertThat(pacing.due(true)).as("ten seconds of quiet: idle again, the last sweep 200 ms ago").isFalse();
        advance(1_800);
        assertThat(pacing.due(true)).as("two seconds after the last sweep").isTrue();
    }

    @Test
    void anOpenCircuitKeepsTheRelayBusy() {
        pacing.due(true);
        advance(200);
        assertThat(pacing.due(false)).isTrue();
        advance(200);
        assertThat(pacing.due(false)).isTrue();
        advance(200);
        assertThat(pacing.due(true)).isFalse();
    }
}
