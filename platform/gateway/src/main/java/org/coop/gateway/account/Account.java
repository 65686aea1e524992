package org.coop.gateway.account;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in. {@code username} is stored lower-case and unique; the password only as
 * a BCrypt hash ({@code {bcrypt}...}, Spring Security's delegating format, so the algorithm can
 * change later without a migration).
 */
@Document("accounts")
public record Account(@Id String id,
                      @Indexed(unique = true) String username,
                      String passwordHash,
                      String displayName,
                      String organizationId,
                      List<String> roles,
                      List<String> positions,
                      boolean enabled,
                      Instant createdAt) {

    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
