package org.coop.matchmaking.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies: {@code X-Coop-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with the Unix-seconds timestamp in {@code X-Coop-Timestamp}. Binding the timestamp into the
 * signature lets receivers refuse replays older than a few minutes.
 */
public final class WebhookSigner {

    public static final String TIMESTAMP = "X-Coop-Timestamp";
    public static final String SIGNATURE = "X-Coop-Signature";
    public static final String DELIVERY = "X-Coop-Delivery";
    public static final String EVENT = "X-Coop-Event";

    private WebhookSigner() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
