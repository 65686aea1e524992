package org.coop.matchmaking.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coop.matchmaking.common.CooperationDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** An offer as stored in {@code offers}: the shared terms plus who offers it and its keywords. */
@Document("offers")
public class OfferDocument extends CooperationDocument {
    public String partnerKind;
    public String country;
    public List<String> keywords;
    public OfferStatus status;

    /** Copies a create or revise request. */
    void apply(OfferRequest request, Instant now) {
        applyTerms(request, now);
        keywords = distinct(request.keywords());
    }

    public OfferStatus effectiveStatus(LocalDate today) {
        if (status == OfferStatus.OPEN && expiresOn != null && expiresOn.isBefore(today)) {
            return OfferStatus.EXPIRED;
        }
        return status;
    }
}
