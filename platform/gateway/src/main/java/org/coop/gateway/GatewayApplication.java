package org.coop.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform's front door: sign-in and tokens, the JWKS the services trust, resilient routes
 * to every service, and the web console. Its configuration file is {@code gateway.yml}, so it
 * can share a JVM with the services in the local stack.
 */
@SpringBootApplication
@EnableConfigurationProperties(PlatformGatewayProperties.class)
public class GatewayApplication {

    public static final String CONFIG_NAME = "gateway";

    public static void main(String[] args) {
        run(args);
    }

    public static ConfigurableApplicationContext run(String... args) {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
