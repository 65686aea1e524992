package org.coop.matchmaking.matching.adapter;

import java.io.IOException;
import org.coop.matchmaking.matching.domain.MatchEngine;
import org.coop.matchmaking.matching.domain.Weights;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Loads the matching weights at start and builds the engine over the vocabulary's sector tree. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    @Bean
    Weights matchingWeights(@Value("${matchmaking.weights}") Resource file) throws IOException {
        return WeightsYaml.readWeights(file.getInputStream());
    }

    @Bean
    MatchEngine matchEngine(Vocabulary vocabulary, Weights weights) {
        return new MatchEngine(vocabulary.sectors(), weights);
    }
}
