package org.coop.matchmaking.common;

import jakarta.validation.constraints.Size;

/** Why a need or an offer is withdrawn (optional). */
public record Withdrawal(@Size(max = 1000) String reason) {
}
