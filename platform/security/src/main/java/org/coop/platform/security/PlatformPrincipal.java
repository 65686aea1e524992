package org.coop.platform.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * The caller as the token describes them. {@code province} is set for users of Chinese
 * organizations (colleges, government departments); {@code country} is the ISO 3166-1 code of
 * the organization. {@code organizationKind} is one of COLLEGE, ENTERPRISE, INSTITUTION,
 * EDUCATION_DEPARTMENT, FOREIGN_AFFAIRS_OFFICE, FORUM_ORGANIZER, PLATFORM_OPERATOR.
 */
public record PlatformPrincipal(
        String userId,
        String username,
        String displayName,
        String organizationId,
        String organizationKind,
        String province,
        String country,
        Set<PlatformRole> roles,
        Set<String> positions) {

    public PlatformPrincipal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
        roles = Set.copyOf(roles);
        positions = positions == null ? Set.of() : Set.copyOf(positions);
    }

    /** Whether the user holds a position (see {@link TokenClaims#POSITIONS}) in their organization. */
    public boolean holdsPosition(String position) {
        return positions.contains(position);
    }

    public boolean hasRole(PlatformRole role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(PlatformRole... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean belongsTo(String otherOrganizationId) {
        return organizationId.equals(otherOrganizationId);
    }

    /** A government officer whose remit covers the given province. */
    public boolean isOfficerOf(String otherProvince) {
        return hasRole(PlatformRole.GOV_OFFICER) && province != null && province.equals(otherProvince);
    }
}
