package org.coop.gateway.auth;

import java.util.List;

/** What the console shows of the signed-in user. */
public record UserProfile(String id, String username, String displayName, String organizationId,
                          String organizationName, String organizationKind, String country, String province,
                          List<String> roles, List<String> positions) {
}
