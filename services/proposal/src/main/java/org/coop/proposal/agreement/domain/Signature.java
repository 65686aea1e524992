package org.coop.proposal.agreement.domain;

import java.time.Instant;

/** A party's signature on a version, given in its turn. */
public record Signature(int position, String organizationId, PartyRole role, String userId, String name,
                        int version, Instant at) {
}
