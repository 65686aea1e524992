package org.coop.matchmaking.notify;

import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Who is told of a match event: the college, the partner, the third party, and the officers of
 * the college's province. A suggestion past the subscription's daily cap is not pushed to the
 * partner (it waits for the digest); the college is told at once.
 */
record Audience(Set<String> organizations, String province) {

    static Audience of(String type, JsonNode data) {
        Set<String> organizations = new LinkedHashSet<>();
        add(organizations, data, "collegeOrganizationId");
        boolean heldForDigest = "match-suggested".equals(type) && data.path("digest").asBoolean(false);
        if (!heldForDigest) {
            add(organizations, data, "partnerOrganizationId");
        }
        add(organizations, data, "thirdPartyOrganizationId");
        JsonNode province = data.get("province");
        return new Audience(organizations, province == null || province.isNull() ? null : province.asString());
    }

    private static void add(Set<String> into, JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value != null && !value.isNull()) {
            into.add(value.asString());
        }
    }
}
