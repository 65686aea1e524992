package org.coop.platform.test.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.coop.platform.web.InputPolicy;
import org.coop.platform.web.StrictJsonInput;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generators' promise, checked without a server: every body they make from a valid one is
 * refused by the platform's strict reading or by Bean Validation of a body shaped like the API's,
 * and together they make every kind of mistake they claim to.
 */
class WrongBodiesTest {

    record Contact(@NotBlank @Size(max = 100) String name, @Email @Size(max = 200) String email) {
    }

    record Body(@NotEmpty @Size(max = 7) Map<@Pattern(regexp = "[a-z]{2}") String, @NotBlank @Size(max = 200) String> title,
                @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 20) String> countries,
                @NotNull @Positive @Max(1000) Integer seats,
                @DecimalMin("0.0") @DecimalMax("1.0") Double score,
                @NotNull LocalDate startsOn, Instant opensAt, LocalDateTime slot, boolean inPlan,
                @Valid @NotNull Contact contact, @Size(max = 5) List<@Valid @NotNull Contact> members) {
    }

    private final JsonMapper strict = StrictJsonInput.apply(JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), InputPolicy.DEFAULT).build();
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("zh", "机电一体化实习", "en", "Mechatronics internships"));
        body.put("countries", List.of("VN", "LA"));
        body.put("seats", 12);
        body.put("score", 0.5);
        body.put("startsOn", "2027-03-01");
        body.put("opensAt", "2027-01-01T00:00:00.123Z");
        body.put("slot", "2027-03-02T09:30");
        body.put("inPlan", true);
        body.put("contact", Map.of("name", "Li Wei", "email", "li.wei@example.org"));
        body.put("members", List.of(Map.of("name", "Zhou Li")));
        return body;
    }

    private final WrongBodies bodies = WrongBodies.from(valid())
            .required("title", "countries", "seats", "startsOn", "inPlan", "contact", "contact.name",
                    "members[].name")
            .dictionaries("title")
            .decimals("score");

    /** Empty when the body is refused; otherwise why it was accepted. */
    private String accepted(String json) {
        try {
            Body body = strict.readValue(json, Body.class);
            if (body == null) {
                return ""; // a required @RequestBody that reads as null is a 400
            }
            return validator.validate(body).isEmpty() ? "accepted as " + body : "";
        } catch (JacksonException refused) {
            return "";
        }
    }

    @Test
    void theValidBodyIsAccepted() {
        assertThat(accepted(Json.write(valid()))).startsWith("accepted");
    }

    @Test
    void everyGeneratedBodyIsRefused() {
        List<String> acceptedWrongly = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            WrongBody wrong = bodies.next(new Random(i));
            String why = accepted(wrong.json());
            if (!why.isEmpty()) {
                acceptedWrongly.add(wrong + " -> " + why);
            }
        }
        assertThat(acceptedWrongly).isEmpty();
    }

    @Test
    void everyKindOfMistakeIsMade() {
        Set<String> kinds = new TreeSet<>();
        for (int i = 0; i < 5_000; i++) {
            kinds.add(bodies.next(new Random(i)).whatIsWrong().replaceAll("^[^:]*: ", "")
                    .replaceAll(" [\\\\+\\-0-9].*$", ""));
        }
        assertThat(String.join("\n", kinds)).contains("a required field is missing", "a required field is null",
                "null inside a list", "null inside a map", "broken text", "broken key", "oversized text",
                "an oversized list", "nested too deep", "a number for text", "a number as text", "a huge number",
                "a negative number", "a fraction for a whole number", "a number beyond a double", "an absurd a date",
                "an absurd an instant", "an absurd a local date-time", "an offset on a local date-time",
                "a number for a date", "an array for an instant", "\"true\" for a boolean",
                "an object wrapped in a list", "an array instead of an object", "cut short",
                "a property named twice", "trailing junk", "not JSON");
    }

    @Test
    void anEmptyObjectIsWrongOnlyWhenATopLevelFieldIsRequired() {
        WrongBodies nestedOnly = WrongBodies.from(Map.of("items", List.of(Map.of("name", "x"))))
                .required("items[].name");
        WrongBodies topLevel = WrongBodies.from(Map.of("items", List.of(Map.of("name", "x"))))
                .required("items", "items[].name");
        List<String> nested = new ArrayList<>();
        List<String> top = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            nested.add(nestedOnly.next(new Random(i)).json());
            top.add(topLevel.next(new Random(i)).json());
        }
        assertThat(nested).doesNotContain("{}");
        assertThat(top).contains("{}");
    }

    @Test
    void theSameSeedDrawsTheSameBody() {
        assertThat(bodies.next(new Random(42))).isEqualTo(bodies.next(new Random(42)));
    }
}
