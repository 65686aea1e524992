package org.coop.gateway.account;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member organization.
 *
 * @param names the organization's name by language tag (zh, en, vi, th, lo, my, km)
 * @param kind COLLEGE, ENTERPRISE, INSTITUTION, EDUCATION_DEPARTMENT, FOREIGN_AFFAIRS_OFFICE,
 *             FORUM_ORGANIZER or PLATFORM_OPERATOR
 * @param country ISO 3166-1 alpha-2
 * @param province for Chinese organizations, the province code (YN Yunnan, GX Guangxi, CQ Chongqing)
 */
@Document("organizations")
public record Organization(@Id String id, Map<String, String> names, String kind, String country, String province,
                           String city) {

    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("en", id));
    }
}
