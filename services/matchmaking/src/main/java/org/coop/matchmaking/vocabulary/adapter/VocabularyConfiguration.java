package org.coop.matchmaking.vocabulary.adapter;

import java.io.IOException;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Loads the vocabulary at start; invalid data stops the service with every problem listed. */
@Configuration(proxyBeanMethods = false)
public class VocabularyConfiguration {

    @Bean
    Vocabulary vocabulary(@Value("${matchmaking.vocabulary}") Resource file) throws IOException {
        return VocabularyYaml.readVocabulary(file.getInputStream());
    }
}
