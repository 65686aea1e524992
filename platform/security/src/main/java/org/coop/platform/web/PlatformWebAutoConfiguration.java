package org.coop.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Problem Details for every reactive web application of the platform, services and gateway, and
 * the strict reading of their JSON request bodies ({@link StrictJsonInput}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(InputPolicy.class)
public class PlatformWebAutoConfiguration {

    /** Applies to the JSON mapper Spring Boot builds, which the WebFlux codecs read request bodies with. */
    @Bean
    public JsonMapperBuilderCustomizer strictJsonInput(InputPolicy policy) {
        return builder -> StrictJsonInput.apply(builder, policy);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemMapper problemMapper() {
        return new ProblemMapper();
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemDetailsWriter problemDetailsWriter() {
        return new ProblemDetailsWriter();
    }

    @Bean
    public ProblemDetailsExceptionHandler problemDetailsExceptionHandler(ProblemMapper mapper,
                                                                         ProblemDetailsWriter writer) {
        return new ProblemDetailsExceptionHandler(mapper, writer);
    }

    @Bean
    public EmptyErrorProblemFilter emptyErrorProblemFilter(ProblemMapper mapper, ProblemDetailsWriter writer) {
        return new EmptyErrorProblemFilter(mapper, writer);
    }

    @Bean
    public DecodingFailureProblems decodingFailureProblems(ProblemDetailsWriter writer) {
        return new DecodingFailureProblems(writer);
    }
}
