package org.coop.gateway.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web console: static files under {@code classpath:/static/console/} are served by WebFlux's
 * resource handling at {@code /console/**} (no token needed, see the gateway's security chain);
 * this adds the folder's index page at {@code /console/} and a redirect from {@code /console}.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleRoutes {

    private static final Resource INDEX = new ClassPathResource("static/console/index.html");

    @Bean
    RouterFunction<ServerResponse> consoleIndex() {
        return RouterFunctions
                .route(GET("/console"), request -> ServerResponse.temporaryRedirect(URI.create("/console/")).build())
                .andRoute(GET("/console/"), request -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(INDEX));
    }
}
