package org.coop.approval.trip.adapter.web;

import java.util.stream.Collectors;
import org.coop.approval.policy.domain.Actor;
import org.coop.platform.security.CurrentUser;
import org.coop.platform.security.PlatformPrincipal;
import reactor.core.publisher.Mono;

/** The caller as the domain sees them, from the token's claims. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(PlatformPrincipal principal) {
        return new Actor(principal.userId(), principal.displayName() != null ? principal.displayName()
                : principal.username(), principal.organizationId(), principal.organizationKind(), principal.province(),
                principal.roles().stream().map(Enum::name).collect(Collectors.toSet()), principal.positions(),
                principal.username());
    }

    public static Mono<Actor> current() {
        return CurrentUser.get().map(Actors::of);
    }
}
