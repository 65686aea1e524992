package org.coop.matchmaking.subscriptions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.coop.matchmaking.common.Contact;

/**
 * A subscription as its owner writes it. Empty modes, sectors or countries mean "any".
 *
 * @param minimumScore matches below this score are not suggested (default 0.5)
 * @param dailyCap matches notified one by one per day; the rest wait for the daily digest (default 50)
 */
public record SubscriptionRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 5) List<@NotBlank String> modes,
        @Size(max = 10) List<@NotBlank String> sectors,
        @Size(max = 20) List<@NotBlank String> countries,
        @Size(max = 7) List<@NotBlank String> languages,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> keywords,
        @DecimalMin("0.0") @DecimalMax("1.0") Double minimumScore,
        @Valid Channels channels,
        @Min(1) @Max(1000) Integer dailyCap,
        @NotNull @Valid Contact contact) {

    /** How matches reach the owner: the live stream of its users, and optionally a webhook. */
    public record Channels(Boolean sse, @Valid WebhookRequest webhook) {
    }

    /**
     * @param secret shared secret for the HMAC-SHA256 signature; at least 16 characters
     */
    public record WebhookRequest(@NotBlank @Size(max = 500) String url,
                                 @NotBlank @Size(min = 16, max = 200) String secret) {
    }
}
