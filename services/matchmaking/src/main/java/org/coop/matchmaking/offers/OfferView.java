package org.coop.matchmaking.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.common.Contact;

/** An offer as its own organization sees it. */
public record OfferView(String id, String organizationId, String partnerKind, String country, OfferStatus status,
                        int revision, Map<String, String> title, Map<String, String> description,
                        List<String> modes, List<String> sectors, List<String> countries, List<String> languages,
                        List<String> keywords, Integer students, Integer teachers, LocalDate periodStart,
                        LocalDate periodEnd, String funding, LocalDate expiresOn, Contact contact,
                        Instant createdAt, Instant updatedAt, long version) {

    static OfferView of(OfferDocument offer, LocalDate today) {
        return new OfferView(offer.id, offer.organizationId, offer.partnerKind, offer.country,
                offer.effectiveStatus(today), offer.revision, offer.title, offer.description, offer.modes,
                offer.sectors, offer.countries, offer.languages, offer.keywords, offer.students, offer.teachers,
                offer.periodStart, offer.periodEnd, offer.funding, offer.expiresOn, offer.contact, offer.createdAt,
                offer.updatedAt, offer.version == null ? 0 : offer.version);
    }
}
