package org.coop.gateway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code platform.gateway.*}: token lifetimes, sign-in limits, routes and demo seeding. */
@ConfigurationProperties("platform.gateway")
public class PlatformGatewayProperties {

    /** Lifetime of an access token; short, because access tokens cannot be revoked. */
    private Duration accessTokenTtl = Duration.ofMinutes(10);
    /** Lifetime of a refresh token (rotated at every use). */
    private Duration refreshTokenTtl = Duration.ofHours(8);
    /** Sign-in attempts per username per minute. */
    private int signInPerUsernamePerMinute = 5;
    /** Sign-in attempts per client address per minute. */
    private int signInPerClientPerMinute = 30;
    /** Requests without a token per client address per minute, on public API paths. */
    private int anonymousPerClientPerMinute = 120;
    /** Seed the demo organizations and accounts (local stack only). */
    private boolean seedDemo;
    /** Routes by id. */
    private Map<String, Route> routes = new LinkedHashMap<>();

    public Duration getAccessTokenTtl() {
        return accessTokenTtl;
    }

    public void setAccessTokenTtl(Duration accessTokenTtl) {
        this.accessTokenTtl = accessTokenTtl;
    }

    public Duration getRefreshTokenTtl() {
        return refreshTokenTtl;
    }

    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = refreshTokenTtl;
    }

    public int getSignInPerUsernamePerMinute() {
        return signInPerUsernamePerMinute;
    }

    public void setSignInPerUsernamePerMinute(int signInPerUsernamePerMinute) {
        this.signInPerUsernamePerMinute = signInPerUsernamePerMinute;
    }

    public int getSignInPerClientPerMinute() {
        return signInPerClientPerMinute;
    }

    public void setSignInPerClientPerMinute(int signInPerClientPerMinute) {
        this.signInPerClientPerMinute = signInPerClientPerMinute;
    }

    public int getAnonymousPerClientPerMinute() {
        return anonymousPerClientPerMinute;
    }

    public void setAnonymousPerClientPerMinute(int anonymousPerClientPerMinute) {
        this.anonymousPerClientPerMinute = anonymousPerClientPerMinute;
    }

    public boolean isSeedDemo() {
        return seedDemo;
    }

    public void setSeedDemo(boolean seedDemo) {
        this.seedDemo = seedDemo;
    }

    public Map<String, Route> getRoutes() {
        return routes;
    }

    public void setRoutes(Map<String, Route> routes) {
        this.routes = routes;
    }

    /**
     * One route: requests matching {@code path} go to {@code uri} unchanged. {@code service} names
     * the circuit breaker (routes of one service share it unless they stream). A zero
     * {@code responseTimeout} means none, for Server-Sent Events streams.
     */
    public static class Route {
        private String path;
        private String uri;
        private String service;
        private Duration responseTimeout = Duration.ofSeconds(10);
        private int order = 100;

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getUri() {
            return uri;
        }

        public void setUri(String uri) {
            this.uri = uri;
        }

        public String getService() {
            return service;
        }

        public void setService(String service) {
            this.service = service;
        }

        public Duration getResponseTimeout() {
            return responseTimeout;
        }

        public void setResponseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
        }

        public int getOrder() {
            return order;
        }

        public void setOrder(int order) {
            this.order = order;
        }
    }
}
