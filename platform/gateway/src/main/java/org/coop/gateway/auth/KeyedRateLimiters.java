package org.coop.gateway.auth;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coop.platform.web.TooManyRequestsException;

/**
 * One Resilience4j rate limiter per key (a username, a client address), kept in a bounded LRU
 * so a flood of distinct keys cannot grow memory without limit.
 */
public class KeyedRateLimiters {

    private static final int MAX_KEYS = 50_000;

    private final String name;
    private final RateLimiterConfig config;
    private final Map<String, RateLimiter> limiters = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                    return size() > MAX_KEYS;
                }
            });

    public KeyedRateLimiters(String name, int permitsPerMinute) {
        this.name = name;
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(permitsPerMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    /** Takes a permit for {@code key}, or throws 429 with the time until the next one. */
    public void acquire(String key, String what) {
        RateLimiter limiter = limiters.computeIfAbsent(key, k -> RateLimiter.of(name + ":" + k, config));
        if (!limiter.acquirePermission()) {
            long untilRefill = limiter.getMetrics() instanceof AtomicRateLimiter.AtomicRateLimiterMetrics atomic
                    ? atomic.getNanosToWait() : config.getLimitRefreshPeriod().toNanos();
            long waitNanos = Math.max(untilRefill, Duration.ofSeconds(1).toNanos());
            throw new TooManyRequestsException("Too many " + what + "; try again later", Duration.ofNanos(waitNanos));
        }
    }
}
