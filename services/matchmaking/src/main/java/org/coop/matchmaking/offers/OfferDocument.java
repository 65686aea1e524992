package org.coop.matchmaking.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.common.Contact;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An offer as stored in {@code offers}; written only through AggregateWriter. */
@Document("offers")
public class OfferDocument {
    @Id
    public String id;
    public String organizationId;
    public String partnerKind;
    public String country;
    public String createdBy;
    public Map<String, String> title;
    public Map<String, String> description;
    public List<String> modes;
    public List<String> sectors;
    public List<String> countries;
    public List<String> languages;
    public List<String> keywords;
    public Integer students;
    public Integer teachers;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public String funding;
    public LocalDate expiresOn;
    public Contact contact;
    public OfferStatus status;
    public int revision;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public Long version;

    public OfferStatus effectiveStatus(LocalDate today) {
        if (status == OfferStatus.OPEN && expiresOn != null && expiresOn.isBefore(today)) {
            return OfferStatus.EXPIRED;
        }
        return status;
    }
}
