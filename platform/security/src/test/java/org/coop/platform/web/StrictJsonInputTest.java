package org.coop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The strict input policy, read the way WebFlux reads a body and answered the way ProblemMapper answers. */
class StrictJsonInputTest {

    enum Kind { SINGLE, DELEGATION }

    record Item(String name) {
    }

    record Body(String name, Integer count, Double score, Boolean flag, Kind kind, LocalDate on, Instant at,
                LocalDateTime when, Map<String, String> title, List<String> langs, List<Item> items, int seats,
                java.util.UUID ref, List<Kind> kinds) {
    }

    /** As Spring Boot builds it (unknown properties tolerated), then the platform's policy. */
    private final JsonMapper mapper = StrictJsonInput.apply(JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), InputPolicy.DEFAULT).build();

    private Body read(String json) {
        return mapper.readValue(json.replace('\'', '"'), Body.class);
    }

    /** The Problem Details a service answers for this body. */
    private Problem answer(String json) {
        try {
            read(json);
        } catch (JacksonException refused) {
            return new ProblemMapper().map(new ServerWebInputException("Failed to read HTTP message", null,
                    new DecodingException("JSON decoding error", refused)), "req-1");
        }
        throw new AssertionError("accepted: " + json);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // no coercion between text, numbers, booleans and enums
            "{'name':12,'seats':1}                | name        | must be text",
            "{'name':true,'seats':1}              | name        | must be text",
            "{'count':'12','seats':1}             | count       | must be a whole number",
            "{'count':1.5,'seats':1}              | count       | must be a whole number",
            "{'count':'','seats':1}               | count       | must be a whole number",
            "{'count':99999999999,'seats':1}      | count       | is out of range",
            "{'seats':'3'}                        | seats       | must be a whole number",
            "{'score':'0.5','seats':1}            | score       | must be a number",
            "{'score':1e400,'seats':1}            | score       | must be a finite number",
            "{'flag':1,'seats':1}                 | flag        | must be true or false",
            "{'flag':'true','seats':1}            | flag        | must be true or false",
            "{'kind':0,'seats':1}                 | kind        | must be one of SINGLE, DELEGATION",
            "{'kind':'0','seats':1}               | kind        | must be one of SINGLE, DELEGATION",
            // Jackson trims enum text too when no constant matches, and trimming removes control characters
            "{'kind':'SINGLE\\u0000','seats':1}    | kind        | must not contain control characters (U+0000 at character 6)",
            "{'kind':' SINGLE','seats':1}         | kind        | must be one of SINGLE, DELEGATION, without surrounding spaces",
            "{'ref':'\\u0001b6f7c8e2-5d1a-4c3b-9e8f-0a1b2c3d4e5f','seats':1} | ref | must not contain control characters (U+0001 at character 0)",
            "{'kinds':['SINGLE','DELEGATION\\u001f'],'seats':1} | kinds[1] | must not contain control characters (U+001F at character 10)",
            // dates: ISO text only, strict, inside the window
            "{'on':20260101,'seats':1}            | on          | must be written as ISO-8601 text, e.g. \"2027-03-01\"",
            "{'on':[2026,1,1],'seats':1}          | on          | must be written as ISO-8601 text, e.g. \"2027-03-01\"",
            "{'on':'','seats':1}                  | on          | must be a date like \"2027-03-01\"",
            "{'on':'2026-02-30','seats':1}        | on          | must be a date like \"2027-03-01\"",
            "{'on':'-999999999-01-01','seats':1}  | on          | must be between 2000-01-01 and 2099-12-31",
            "{'on':'+999999999-12-31','seats':1}  | on          | must be between 2000-01-01 and 2099-12-31",
            "{'on':'2100-01-01','seats':1}        | on          | must be between 2000-01-01 and 2099-12-31",
            "{'on':'1999-12-31','seats':1}        | on          | must be between 2000-01-01 and 2099-12-31",
            // Jackson trims date text, and trimming removes control characters too
            "{'on':'\\u00002027-04-19','seats':1} | on          | must not contain control characters (U+0000 at character 0)",
            "{'on':' 2027-04-19','seats':1}       | on          | must be written as ISO-8601 text without surrounding spaces, e.g. \"2027-03-01\"",
            "{'at':'2027-04-19T01:30:00Z\\u001f','seats':1} | at | must not contain control characters (U+001F at character 20)",
            "{'at':1767225600,'seats':1}          | at          | must be written as ISO-8601 text, e.g. \"2027-03-01T01:30:00Z\"",
            "{'at':'2100-01-01T00:00:00Z','seats':1} | at       | must be between 2000-01-01 and 2099-12-31",
            "{'when':'2026-01-01T10:00:00Z','seats':1} | when   | must be a local date and time like \"2027-03-01T09:30\"",
            "{'when':[2026,1,1,10,0],'seats':1}   | when        | must be written as ISO-8601 text, e.g. \"2027-03-01T09:30\"",
            // no nulls inside maps and lists; paths as the validators write them
            "{'title':{'zh':null,'en':'x'},'seats':1} | title.zh | must not be null",
            "{'langs':['zh',null],'seats':1}      | langs[1]    | must not be null",
            "{'langs':['zh',7],'seats':1}         | langs[1]    | must be text",
            "{'items':[{'name':'a'},{'name':5}],'seats':1} | items[1].name | must be text",
            "{'items':[null],'seats':1}           | items[0]    | must not be null",
            "{'title':['zh'],'seats':1}           | title       | must be an object",
            "{'langs':'zh','seats':1}             | langs       | must be a list",
            "{'name':{'x':1},'seats':1}           | name        | must be text",
    })
    void aWrongValueIsRefusedWithItsFieldNamed(String json, String field, String message) {
        Problem problem = answer(json);
        assertThat(problem.status().value()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(problem.type()).isEqualTo(ProblemTypes.VALIDATION);
        assertThat(problem.properties().get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement().satisfies(error -> {
                    BadRequestException.FieldError fieldError = (BadRequestException.FieldError) error;
                    assertThat(fieldError.field()).isEqualTo(field);
                    assertThat(fieldError.message()).isEqualTo(message);
                });
        assertThat(problem.detail()).doesNotContain("java.", "tools.jackson", "Exception");
    }

    @Test
    void brokenTextIsRefusedInValuesAndInKeys() {
        assertThat(fieldOf(answer("{\"name\":\"a\\u0000b\",\"seats\":1}"))).isEqualTo("name");
        assertThat(fieldOf(answer("{\"name\":\"\\ud800x\",\"seats\":1}"))).isEqualTo("name");
        assertThat(fieldOf(answer("{\"langs\":[\"zh\\u001b[31m\"],\"seats\":1}"))).isEqualTo("langs[0]");
        assertThat(fieldOf(answer("{\"title\":{\"z\\u0000h\":\"x\"},\"seats\":1}"))).startsWith("title");
        assertThat(read("{'name':'line\\nbreak\\ttab \uD83D\uDE00 中文 ຂອງ','seats':1}").name())
                .isEqualTo("line\nbreak\ttab \uD83D\uDE00 中文 ຂອງ");
    }

    record Reason(String reason) {
    }

    @Test
    void aBareValueIsNotAnObjectOfOneField() {
        for (String json : List.of("\"x\"", "12", "true", "[\"x\"]")) {
            assertThatThrownBy(() -> mapper.readValue(json, Reason.class)).as(json)
                    .isInstanceOf(JacksonException.class);
        }
        assertThat(mapper.readValue("{\"reason\":\"x\"}", Reason.class).reason()).isEqualTo("x");
    }

    @Test
    void aPropertyNamedTwiceIsMalformed() {
        Problem problem = answer("{'name':'a','name':'b','seats':1}");
        assertThat(problem.type()).isEqualTo(ProblemTypes.MALFORMED_REQUEST);
    }

    @Test
    void wellFormedValuesAtTheEdgesAreRead() {
        Body body = read("{'name':'x','count':-3,'score':1,'flag':false,'kind':'DELEGATION','on':'2000-01-01',"
                + "'at':'2099-12-31T23:59:59+00:00','when':'2099-12-31T23:59','title':{},'langs':[],'seats':0,"
                + "'ref':'b6f7c8e2-5d1a-4c3b-9e8f-0a1b2c3d4e5f','kinds':['SINGLE'],'extra':{'ignored':[1,null]}}");
        assertThat(body.score()).isEqualTo(1.0);
        assertThat(body.ref()).hasToString("b6f7c8e2-5d1a-4c3b-9e8f-0a1b2c3d4e5f");
        assertThat(body.kinds()).containsExactly(Kind.SINGLE);
        assertThat(body.on()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(body.at()).isEqualTo(Instant.parse("2099-12-31T23:59:59Z"));
        assertThat(body.kind()).isEqualTo(Kind.DELEGATION);
        assertThat(read("{'title':null,'langs':null,'on':null,'seats':1}").title()).isNull();
    }

    @Test
    void theWindowIsConfigurable() {
        JsonMapper narrow = StrictJsonInput.apply(JsonMapper.builder(),
                new InputPolicy(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).build();
        assertThatThrownBy(() -> narrow.readValue("{\"on\":\"2027-01-01\",\"seats\":1}", Body.class))
                .isInstanceOf(InputRuleException.class).hasMessageContaining("between 2026-01-01 and 2026-12-31");
        assertThatThrownBy(() -> new InputPolicy(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @SuppressWarnings("unchecked")
    private static String fieldOf(Problem problem) {
        assertThat(problem.type()).isEqualTo(ProblemTypes.VALIDATION);
        return ((List<BadRequestException.FieldError>) problem.properties().get("errors")).get(0).field();
    }
}
