package org.coop.approval.trip.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One action in a trip's audit trail. {@code hash} = SHA-256(previousHash + canonical form of the
 * entry), so changing, removing or reordering any entry breaks every hash after it.
 *
 * @param stepIndex the step the action concerns, -1 when none
 */
public record TrailEntry(int seq, Instant at, String action, String actorUserId, String actorName,
                         String onBehalfOfUserId, String onBehalfOfName, int stepIndex, String detail,
                         String previousHash, String hash) {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The entry as hashed: each field length-prefixed, in a fixed order, so no two different
     * entries share a form (a value cannot pretend to end early).
     */
    public String canonical() {
        StringBuilder text = new StringBuilder();
        field(text, "seq", Integer.toString(seq));
        field(text, "at", at == null ? null : at.toString());
        field(text, "action", action);
        field(text, "actor", actorUserId);
        field(text, "actorName", actorName);
        field(text, "onBehalfOf", onBehalfOfUserId);
        field(text, "onBehalfOfName", onBehalfOfName);
        field(text, "step", Integer.toString(stepIndex));
        field(text, "detail", detail);
        return text.toString();
    }

    public String computeHash() {
        return sha256(previousHash + canonical());
    }

    /**
     * Seals a new entry. The time is cut to milliseconds, the precision the store keeps, so the
     * hash computed now is the hash re-computed from the stored entry.
     */
    static TrailEntry append(String previousHash, int seq, Instant time, String action, String actorUserId,
                             String actorName, String onBehalfOfUserId, String onBehalfOfName, int stepIndex,
                             String detail) {
        Instant at = time.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        TrailEntry unsealed = new TrailEntry(seq, at, action, actorUserId, actorName, onBehalfOfUserId,
                onBehalfOfName, stepIndex, detail, previousHash, null);
        return new TrailEntry(seq, at, action, actorUserId, actorName, onBehalfOfUserId, onBehalfOfName,
                stepIndex, detail, previousHash, unsealed.computeHash());
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
