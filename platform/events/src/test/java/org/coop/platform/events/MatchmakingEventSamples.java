package org.coop.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.events.matchmaking.MatchBrokered;
import org.coop.platform.events.matchmaking.MatchCriteria;
import org.coop.platform.events.matchmaking.MatchDeclined;
import org.coop.platform.events.matchmaking.MatchPartyAccepted;
import org.coop.platform.events.matchmaking.MatchReason;
import org.coop.platform.events.matchmaking.MatchSuggested;
import org.coop.platform.events.matchmaking.NeedFulfilled;
import org.coop.platform.events.matchmaking.NeedPosted;
import org.coop.platform.events.matchmaking.NeedRevised;
import org.coop.platform.events.matchmaking.NeedWithdrawn;
import org.coop.platform.events.matchmaking.OfferPosted;
import org.coop.platform.events.matchmaking.OfferRevised;
import org.coop.platform.events.matchmaking.OfferWithdrawn;
import org.coop.platform.events.matchmaking.SubscriptionChanged;

/** Realistic instances of the matchmaking service's events (kept apart so services add samples side by side). */
final class MatchmakingEventSamples {

    private MatchmakingEventSamples() {
    }

    static Map<Class<? extends DomainEvent>, DomainEvent> all(Instant now) {
        String college = "org-kunming-vocational";
        String partner = "org-vinfast-haiphong";
        MatchCriteria need = new MatchCriteria(List.of("internship", "order-class"), List.of("mechatronics"),
                List.of("VN"), List.of("zh", "en"));
        MatchCriteria offer = new MatchCriteria(List.of("internship"), List.of("manufacturing"), List.of("VN"),
                List.of("vi", "en"));
        Map<String, String> title = Map.of("zh", "机电一体化专业学生赴越南顶岗实习",
                "en", "Mechatronics internships in Vietnam");
        LocalDate start = LocalDate.parse("2027-03-01");
        LocalDate end = LocalDate.parse("2027-08-31");
        Map<Class<? extends DomainEvent>, DomainEvent> samples = new LinkedHashMap<>();
        samples.put(NeedPosted.class, new NeedPosted("need-1", college, "YN", 1, title, need,
                List.of("ENTERPRISE"), 30, 2, start, end, LocalDate.parse("2027-01-31"), true, now));
        samples.put(NeedRevised.class, new NeedRevised("need-1", college, "YN", 2, title, need,
                List.of("ENTERPRISE", "INSTITUTION"), 40, 2, start, end, LocalDate.parse("2027-01-31"), true, now));
        samples.put(NeedWithdrawn.class, new NeedWithdrawn("need-1", college, "found a partner elsewhere", now));
        samples.put(NeedFulfilled.class, new NeedFulfilled("need-1", college, "proposal-1", "match-1", now));
        samples.put(OfferPosted.class, new OfferPosted("offer-1", partner, "ENTERPRISE", "VN", 1,
                Map.of("en", "30 mechatronics technicians for our plant in Hai Phong"), offer, 30, null, start, end,
                LocalDate.parse("2027-02-28"), now));
        samples.put(OfferRevised.class, new OfferRevised("offer-1", partner, "ENTERPRISE", "VN", 2,
                Map.of("en", "40 mechatronics technicians for our plant in Hai Phong"), offer, 40, null, start, end,
                LocalDate.parse("2027-02-28"), now));
        samples.put(OfferWithdrawn.class, new OfferWithdrawn("offer-1", partner, null, now));
        samples.put(SubscriptionChanged.class, new SubscriptionChanged("subscription-1", partner, "ENTERPRISE", "VN",
                "ACTIVE", "Interns for Hai Phong", offer, List.of("PLC", "robot"), 0.5, 20, true, null, 3, now));
        List<MatchReason> reasons = List.of(
                new MatchReason("sector", "NEED_WITHIN_PARTNER", 0.8, "sector: mechatronics within manufacturing"),
                new MatchReason("country", "SAME", 1.0, "country: VN on both sides"),
                new MatchReason("language", "PARTIAL", 0.5, "language: vi missing on the college side — interpreter needed"));
        samples.put(MatchSuggested.class, new MatchSuggested("match-1", "need-1", "subscription-1", null, college,
                partner, "ENTERPRISE", "VN", "YN", 0.82, reasons, List.of("internship"), List.of("VN"), false, 1, now));
        samples.put(MatchBrokered.class, new MatchBrokered("match-1", "need-1", "THIRD_PARTY_ADDED", "officer-1",
                "org-yunnan-education-department", "the chamber of commerce arranges visas and housing",
                "org-vn-chamber", "INTERMEDIARY", "COLLEGE_INTERMEDIARY_COMPANY", college, partner, "YN", 2, now));
        samples.put(MatchPartyAccepted.class, new MatchPartyAccepted("match-1", "need-1", "COLLEGE", "user-1",
                college, partner, null, "YN", 3, now));
        samples.put(MatchDeclined.class, new MatchDeclined("match-2", "need-1", "PARTNER", "TIMING",
                "our plant opens only in 2028", "user-2", college, partner, null, "YN", 2, now));
        samples.put(MatchAccepted.class, new MatchAccepted("match-1", "need-1", null, "subscription-1", college,
                partner, "ENTERPRISE", "VN", "org-vn-chamber", "COLLEGE_INTERMEDIARY_COMPANY", List.of("internship"),
                List.of("VN"), 0.82, now, "YN", 4));
        return samples;
    }
}
