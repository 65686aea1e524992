package org.coop.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event data, shared by producers and consumers so both sides agree.
 * Unknown properties are ignored because a version may gain optional fields (additive changes);
 * absent values are left out rather than written as null, so schemas can require what is present.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(DomainEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static String toJson(DomainEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static <T extends DomainEvent> T fromBytes(byte[] data, Class<T> type) {
        return MAPPER.readValue(data, type);
    }
}
