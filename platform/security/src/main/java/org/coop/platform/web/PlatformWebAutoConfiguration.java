package org.coop.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Problem Details for every reactive web application of the platform, services and gateway. */
@AutoConfiguration(beforeName = "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class PlatformWebAutoConfiguration {

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
