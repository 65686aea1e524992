package org.coop.matchmaking.common;

import org.coop.matchmaking.vocabulary.domain.PartnerKind;
import org.coop.platform.security.PlatformPrincipal;
import org.coop.platform.security.PlatformRole;

/** What kind of partner a caller's organization is, from its role. */
public final class Callers {

    private Callers() {
    }

    public static PartnerKind partnerKind(PlatformPrincipal caller) {
        return caller.hasRole(PlatformRole.ENTERPRISE) ? PartnerKind.ENTERPRISE : PartnerKind.INSTITUTION;
    }
}
