package org.coop.matchmaking.subscriptions;

import java.time.Instant;
import java.util.List;
import org.coop.matchmaking.common.Contact;

/** A subscription as its owner sees it; the webhook secret is never shown. */
public record SubscriptionView(String id, String organizationId, String name, SubscriptionStatus status,
                               String pausedReason, List<String> modes, List<String> sectors,
                               List<String> countries, List<String> languages, List<String> keywords,
                               double minimumScore, boolean sse, String webhookUrl, boolean webhookSecretSet,
                               int dailyCap, int consecutiveFailures, Contact contact, Instant createdAt,
                               Instant updatedAt, long version) {

    static SubscriptionView of(SubscriptionDocument s) {
        return new SubscriptionView(s.id, s.organizationId, s.name, s.status, s.pausedReason, s.modes, s.sectors,
                s.countries, s.languages, s.keywords, s.minimumScore, s.sse,
                s.webhook == null ? null : s.webhook.url(), s.webhook != null, s.dailyCap, s.consecutiveFailures,
                s.contact, s.createdAt, s.updatedAt, s.version == null ? 0 : s.version);
    }
}
