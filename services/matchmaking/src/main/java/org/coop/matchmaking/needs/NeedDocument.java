package org.coop.matchmaking.needs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.common.Contact;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A need as stored in {@code needs}; written only through AggregateWriter (its outbox rides in
 * the same document). Fields are public: this is a storage shape, the views decide what is shown.
 */
@Document("needs")
public class NeedDocument {
    @Id
    public String id;
    public String organizationId;
    public String province;
    public String createdBy;
    public Map<String, String> title;
    public Map<String, String> description;
    public List<String> modes;
    public List<String> sectors;
    public List<String> countries;
    public List<String> languages;
    public List<String> partnerKinds;
    public Integer students;
    public Integer teachers;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public String funding;
    public boolean intermediaryWelcome;
    public LocalDate expiresOn;
    public Contact contact;
    public NeedStatus status;
    public int revision;
    public String fulfilledByProposal;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public Long version;

    /** The status as a reader sees it: open or matched needs past their expiry read as expired. */
    public NeedStatus effectiveStatus(LocalDate today) {
        if (status.isMatchable() && expiresOn != null && expiresOn.isBefore(today)) {
            return NeedStatus.EXPIRED;
        }
        return status;
    }
}
