package org.coop.proposal.agreement.adapter.web;

import java.util.stream.Collectors;
import org.coop.platform.security.CurrentUser;
import org.coop.platform.security.PlatformPrincipal;
import org.coop.proposal.agreement.domain.Actor;
import reactor.core.publisher.Mono;

/** The caller as the proposal domain sees them, from the token's claims. */
final class Actors {

    private Actors() {
    }

    static Mono<Actor> current() {
        return CurrentUser.get().map(Actors::of);
    }

    private static Actor of(PlatformPrincipal principal) {
        String name = principal.displayName() != null ? principal.displayName() : principal.username();
        return new Actor(principal.userId(), name, principal.organizationId(), principal.province(),
                principal.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
