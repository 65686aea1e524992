package org.coop.platform.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The platform's one input policy for JSON request bodies, applied to the JSON mapper every
 * service and the gateway read requests with (issue 9: numbers were read as text, integers as
 * epoch days, nulls inside maps reached the domain and dates had no bounds):
 * <ul>
 *   <li>no coercion: a number is not text, text is not a number or a boolean, a fraction is not a
 *       whole number, a number is not an enum constant, {@code ""} is not "absent"; the one
 *       conversion kept is a whole number where a decimal is expected ({@code 1} for {@code 1.0});</li>
 *   <li>dates, date-times and instants only as ISO-8601 text (never numbers or arrays), strictly
 *       parsed (no offset dropped from a local date-time), inside the {@link InputPolicy} window;</li>
 *   <li>no {@code null} inside a list or a map (a missing element is not a value);</li>
 *   <li>numbers finite: {@code 1e400} is not read as infinity;</li>
 *   <li>text is well-formed: no unpaired surrogate (it cannot be stored as UTF-8 and would be
 *       changed silently), no control character other than tab, line feed and carriage return
 *       (NUL cannot be a stored key; the others break exports and logs), in values and keys;</li>
 *   <li>a property named twice in one object is refused rather than the last one winning.</li>
 * </ul>
 * Each refusal carries the JSON path of the field, which {@link InputErrors} turns into a 400
 * {@code validation-failed} naming it. Unknown properties stay tolerated (clients may send more
 * than a version of the service reads).
 */
public final class StrictJsonInput {

    private StrictJsonInput() {
    }

    public static JsonMapper.Builder apply(JsonMapper.Builder builder, InputPolicy policy) {
        return builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultLeniency(false)
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .withCoercionConfigDefaults(config -> {
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        config.setCoercion(shape, CoercionAction.Fail);
                    }
                })
                .withCoercionConfig(LogicalType.Float,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
                .addModule(new SimpleModule("platform-strict-input").setDeserializerModifier(new Checks(policy)));
    }

    /** Wraps the standard deserializers of text, floating-point numbers and dates with the checks above. */
    private static final class Checks extends ValueDeserializerModifier {

        private static final Map<Class<?>, Function<Object, LocalDate>> DATES = Map.of(
                LocalDate.class, value -> (LocalDate) value,
                LocalDateTime.class, value -> ((LocalDateTime) value).toLocalDate(),
                Instant.class, value -> LocalDate.ofInstant((Instant) value, ZoneOffset.UTC),
                OffsetDateTime.class, value -> ((OffsetDateTime) value).atZoneSameInstant(ZoneOffset.UTC).toLocalDate(),
                ZonedDateTime.class, value -> ((ZonedDateTime) value).withZoneSameInstant(ZoneOffset.UTC).toLocalDate());

        /**
         * Values Jackson parses out of text and trims first. {@code String.trim()} also removes
         * every control character, so without a look at the raw text "\u00002027-04-19" was a date
         * and "ENTERPRISE\u0000" an enum constant (both found by WrongBodiesPropertyTest).
         */
        private static final Set<Class<?>> READ_FROM_TEXT = Set.of(UUID.class, URI.class, Locale.class,
                Currency.class, ZoneId.class, Duration.class, Period.class, Year.class, YearMonth.class,
                LocalTime.class);

        private static final Check NOTHING_MORE = (parser, value) -> { };

        private final InputPolicy policy;

        Checks(InputPolicy policy) {
            this.policy = policy;
        }

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                      ValueDeserializer<?> deserializer) {
            Class<?> type = bean.getBeanClass();
            if (type == String.class) {
                return new Checked(deserializer, (parser, value) -> checkText(parser, (String) value));
            }
            if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
                return new Checked(deserializer, Checks::checkFinite);
            }
            Function<Object, LocalDate> dateOf = DATES.get(type);
            if (dateOf != null) {
                return new Checked(deserializer, (parser, value) -> checkDate(parser, type, dateOf.apply(value)))
                        .onlyFromText(type);
            }
            if (READ_FROM_TEXT.contains(type)) {
                return new Checked(deserializer, NOTHING_MORE).rawTextOf(type);
            }
            return deserializer;
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
            return new Checked(deserializer, NOTHING_MORE).rawTextOf(type.getRawClass());
        }

        @Override
        public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
                                                     KeyDeserializer deserializer) {
            if (type.getRawClass() != String.class) {
                return deserializer;
            }
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext context) {
                    checkText(context.getParser(), key);
                    return deserializer.deserializeKey(key, context);
                }
            };
        }

        private static void checkText(JsonParser parser, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new InputRuleException(parser, "must be well-formed Unicode text (an unpaired surrogate"
                            + " at character " + i + ")", "Text", String.class);
                } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                    throw new InputRuleException(parser, "must not contain control characters (U+"
                            + String.format("%04X", (int) c) + " at character " + i + ")", "Text", String.class);
                }
            }
        }

        private static void checkFinite(JsonParser parser, Object number) {
            if (number instanceof Number n && !Double.isFinite(n.doubleValue())) {
                throw new InputRuleException(parser, "must be a finite number", "Range", number.getClass());
            }
        }

        private void checkDate(JsonParser parser, Class<?> type, LocalDate date) {
            if (!policy.allows(date)) {
                throw new InputRuleException(parser, policy.dateWindowMessage(), "DateWindow", type);
            }
        }
    }

    /** A check of a value the standard deserializer read; null stays null (absence is the validators' business). */
    private interface Check {
        void accept(JsonParser parser, Object value);
    }

    /** The standard deserializer, then a check; for dates, first that the JSON token is text. */
    private static final class Checked extends DelegatingDeserializer {

        private final Check check;
        /** A type read out of text: its raw text is checked before Jackson trims it. */
        private final Class<?> rawText;
        /** A date type: only text is a date, never a number or an array. */
        private final boolean onlyText;

        Checked(ValueDeserializer<?> delegate, Check check) {
            this(delegate, check, null, false);
        }

        private Checked(ValueDeserializer<?> delegate, Check check, Class<?> rawText, boolean onlyText) {
            super(delegate);
            this.check = check;
            this.rawText = rawText;
            this.onlyText = onlyText;
        }

        Checked onlyFromText(Class<?> type) {
            return new Checked(_delegatee, check, type, true);
        }

        Checked rawTextOf(Class<?> type) {
            return new Checked(_delegatee, check, type, false);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, check, rawText, onlyText);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (onlyText && !parser.hasToken(JsonToken.VALUE_STRING) && !parser.hasToken(JsonToken.VALUE_NULL)) {
                throw new InputRuleException(parser, "must be written as ISO-8601 text, e.g. "
                        + example(rawText), "TypeMismatch", rawText);
            }
            if (rawText != null && parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getString();
                Checks.checkText(parser, text);
                if (!text.equals(text.strip())) {
                    throw new InputRuleException(parser, onlyText
                            ? "must be written as ISO-8601 text without surrounding spaces, e.g. " + example(rawText)
                            : InputErrors.expectation(rawText) + ", without surrounding spaces", "TypeMismatch", rawText);
                }
            }
            Object value = super.deserialize(parser, context);
            if (value != null) {
                check.accept(parser, value);
            }
            return value;
        }

        private static String example(Class<?> type) {
            if (type == LocalDate.class) {
                return "\"2027-03-01\"";
            }
            if (type == LocalDateTime.class) {
                return "\"2027-03-01T09:30\"";
            }
            return "\"2027-03-01T01:30:00Z\"";
        }
    }
}
