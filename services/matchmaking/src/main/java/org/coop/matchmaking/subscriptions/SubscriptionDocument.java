package org.coop.matchmaking.subscriptions;

import java.time.Instant;
import java.util.List;
import org.coop.matchmaking.common.Contact;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A subscription as stored in {@code subscriptions}; written only through AggregateWriter. */
@Document("subscriptions")
public class SubscriptionDocument {
    @Id
    public String id;
    public String organizationId;
    public String partnerKind;
    public String country;
    public String ownerUserId;
    public String name;
    public List<String> modes;
    public List<String> sectors;
    public List<String> countries;
    public List<String> languages;
    public List<String> keywords;
    public double minimumScore;
    public boolean sse;
    public Webhook webhook;
    public int dailyCap;
    public Contact contact;
    public SubscriptionStatus status;
    public String pausedReason;
    public int consecutiveFailures;
    public long revision;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public Long version;

    /** Where matches are posted, and the secret they are signed with (never shown after it is set). */
    public record Webhook(String url, String secret) {
    }
}
