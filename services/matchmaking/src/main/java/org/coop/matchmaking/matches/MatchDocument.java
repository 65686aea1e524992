package org.coop.matchmaking.matches;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.common.Contact;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A match as stored in {@code matches}; written only through AggregateWriter. Its
 * {@link #timeline} keeps every notification the match produced, written in the same document
 * write as the event itself, so a live stream that reconnects can replay from the store exactly
 * what the topic delivered.
 */
@Document("matches")
public class MatchDocument {
    @Id
    public String id;
    public String needId;
    public Map<String, String> needTitle;
    public String collegeOrganizationId;
    public String province;
    public String subscriptionId;
    public String offerId;
    public Map<String, String> offerTitle;
    public String partnerOrganizationId;
    public String partnerKind;
    public String partnerCountry;
    public double score;
    public List<ReasonEntry> reasons;
    public List<String> modes;
    public List<String> sectors;
    public List<String> countries;
    public MatchStatus status;
    public Decision college;
    public Decision partner;
    public ThirdParty thirdParty;
    public String cooperationModel;
    public List<BrokerAction> brokerActions = new ArrayList<>();
    /** Organizations told of this match: college, partner, and the third party once added. */
    public List<String> audience = new ArrayList<>();
    public boolean digest;
    public Instant digestSentAt;
    public Contact collegeContact;
    public Contact partnerContact;
    public List<TimelineEntry> timeline = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public Long version;

    /** One criterion's reason as stored and shown. */
    public record ReasonEntry(String criterion, String outcome, double value, String text) {
    }

    /** What one side decided, who decided, and why. */
    public record Decision(String decision, String byUserId, String reasonCode, String reasonText, Instant at) {
    }

    /** The intermediary or government body a broker added for a three-party cooperation model. */
    public record ThirdParty(String organizationId, String role, String addedBy, Instant addedAt) {
    }

    /** A broker's act: who, what, why, when. */
    public record BrokerAction(String action, String brokerUserId, String brokerName, String brokerOrganizationId,
                               String reason, Instant at) {
    }

    /**
     * A notification the match produced.
     *
     * @param id the live stream's event id: {@code <epoch millis>-<matchId>-<sequence>}
     * @param data the event's JSON, as published
     */
    public record TimelineEntry(String id, int sequence, String type, Instant at, String data) {
    }

    public int nextSequence() {
        return timeline.size() + 1;
    }
}
