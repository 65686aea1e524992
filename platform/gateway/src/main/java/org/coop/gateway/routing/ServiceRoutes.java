package org.coop.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.Map;
import org.coop.gateway.PlatformGatewayProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes {@code /api/<service>/**} to each service, unchanged, from {@code platform.gateway.routes}.
 * Each route has a connect and response timeout (none for streams) and a Resilience4j circuit
 * breaker; a service that is down, slow or failing answers 503 Problem Details.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceRoutes {

    /** Defaults for route breakers not configured under resilience4j.circuitbreaker.instances. */
    static final CircuitBreakerConfig ROUTE_BREAKER = CircuitBreakerConfig.custom()
            .slidingWindowSize(20)
            .minimumNumberOfCalls(5)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(10))
            .permittedNumberOfCallsInHalfOpenState(3)
            // Streams stay open for hours: they must never count as slow calls.
            .slowCallDurationThreshold(Duration.ofDays(1))
            .build();

    @Bean
    RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, PlatformGatewayProperties properties,
                                     ObjectProvider<CircuitBreakerRegistry> registries) {
        CircuitBreakerRegistry registry = registries.getIfAvailable(CircuitBreakerRegistry::ofDefaults);
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (Map.Entry<String, PlatformGatewayProperties.Route> entry : properties.getRoutes().entrySet()) {
            String id = entry.getKey();
            PlatformGatewayProperties.Route route = entry.getValue();
            String service = route.getService() != null ? route.getService() : id;
            boolean streaming = route.getResponseTimeout().isZero();
            String breakerName = streaming ? service + "-stream" : service;
            CircuitBreaker breaker = registry.find(breakerName)
                    .orElseGet(() -> registry.circuitBreaker(breakerName, ROUTE_BREAKER));
            routes.route(id, spec -> spec.order(route.getOrder())
                    .path(route.getPath())
                    .filters(filters -> filters.filter(new ServiceAvailabilityFilter(service, breaker,
                            route.getResponseTimeout())))
                    .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, 2000)
                    .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                            streaming ? -1L : route.getResponseTimeout().toMillis())
                    .uri(route.getUri()));
        }
        return routes.build();
    }
}
