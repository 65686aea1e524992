package org.coop.platform.security;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.coop.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Object-level checks. The platform answers every attempt on another organization's object the
 * same way as for an object that does not exist (404): a caller cannot learn which ids exist
 * elsewhere. A missing role, which says nothing about any object, is 403.
 */
public final class Access {

    private Access() {
    }

    public static void requireAnyRole(PlatformPrincipal caller, PlatformRole... allowed) {
        if (!caller.hasAnyRole(allowed)) {
            throw new AccessDeniedException("this action needs one of the roles "
                    + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** Refuses, as "not found", a caller whose organization does not own the object. */
    public static void requireOwner(PlatformPrincipal caller, String ownerOrganizationId, String kind, String id) {
        if (!caller.belongsTo(ownerOrganizationId)) {
            throw new NotFoundException(kind, id);
        }
    }

    /** Refuses, as "not found", unless {@code visible} says the caller may see the object. */
    public static void requireVisible(boolean visible, String kind, String id) {
        if (!visible) {
            throw new NotFoundException(kind, id);
        }
    }
}
