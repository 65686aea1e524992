package org.coop.proposal.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentTest {

    private static Content withTitle(Map<String, String> title) {
        Content valid = Agreements.content("");
        return new Content(title, valid.scope(), valid.terms());
    }

    @Test
    void chinesePlusOneOtherLanguageIsEnoughAndEveryPlatformLanguageIsAccepted() {
        assertThat(withTitle(Map.of("zh", "标题", "km", "ចំណងជើង")).problems()).isEmpty();
        Map<String, String> all = new HashMap<>();
        Content.LANGUAGES.forEach(language -> all.put(language, "title " + language));
        assertThat(withTitle(all).problems()).isEmpty();
    }

    @Test
    void chineseAloneIsNotBilingual() {
        assertThat(withTitle(Map.of("zh", "标题")).problems())
                .containsExactly(new FieldProblem("title", "needs a text in one more language besides Chinese"));
    }

    @Test
    void aTextWithoutChineseIsRefused() {
        assertThat(withTitle(Map.of("en", "Title", "vi", "Tiêu đề")).problems())
                .containsExactly(new FieldProblem("title", "needs a Chinese (zh) text"));
    }

    @Test
    void anUnknownLanguageCodeIsRefusedByName() {
        assertThat(withTitle(Map.of("zh", "标题", "fr", "Titre")).problems())
                .extracting(FieldProblem::field).containsExactly("title.fr");
    }

    @Test
    void blankAndOverlongTextsAreRefusedAtTheirLimit() {
        assertThat(withTitle(Map.of("zh", "标题", "en", " ")).problems())
                .containsExactly(new FieldProblem("title.en", "must not be blank"));
        assertThat(withTitle(Map.of("zh", "标题", "en", "x".repeat(Content.MAX_TITLE))).problems()).isEmpty();
        assertThat(withTitle(Map.of("zh", "标题", "en", "x".repeat(Content.MAX_TITLE + 1))).problems())
                .extracting(FieldProblem::field).containsExactly("title.en");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(new Content(null, Map.of(), null).problems()).extracting(FieldProblem::field)
                .containsExactly("title", "scope", "terms");
    }

    @Test
    void theLanguagesAreThoseOfEveryField() {
        assertThat(Agreements.content("").languages()).containsExactly("en", "vi", "zh");
    }
}
