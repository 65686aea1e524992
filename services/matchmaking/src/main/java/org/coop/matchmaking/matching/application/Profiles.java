package org.coop.matchmaking.matching.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coop.matchmaking.common.Texts;
import org.coop.matchmaking.matching.domain.NeedProfile;
import org.coop.matchmaking.matching.domain.PartnerProfile;
import org.coop.matchmaking.needs.NeedDocument;
import org.coop.matchmaking.offers.OfferDocument;
import org.coop.matchmaking.vocabulary.domain.PartnerKind;
import org.coop.platform.events.matchmaking.SubscriptionChanged;

/** Stored needs, offers and subscription events as the engine sees them. */
public final class Profiles {

    private Profiles() {
    }

    public static NeedProfile of(NeedDocument need) {
        return new NeedProfile(need.id, Set.copyOf(need.modes), Set.copyOf(need.sectors), Set.copyOf(need.countries),
                Set.copyOf(need.languages), need.partnerKinds.stream().map(PartnerKind::valueOf)
                .collect(Collectors.toUnmodifiableSet()), need.students, need.teachers, need.periodStart,
                need.periodEnd, Texts.joined(need.title, need.description));
    }

    public static PartnerProfile of(OfferDocument offer, double minimumScore) {
        return new PartnerProfile(offer.id, PartnerKind.valueOf(offer.partnerKind), Set.copyOf(offer.modes),
                Set.copyOf(offer.sectors), Set.copyOf(offer.countries), Set.copyOf(offer.languages),
                offer.keywords == null ? List.of() : offer.keywords, offer.students, offer.teachers,
                offer.periodStart, offer.periodEnd, minimumScore);
    }

    public static PartnerProfile of(SubscriptionChanged subscription) {
        return new PartnerProfile(subscription.subscriptionId(), PartnerKind.valueOf(subscription.partnerKind()),
                Set.copyOf(subscription.criteria().modes()), Set.copyOf(subscription.criteria().sectors()),
                Set.copyOf(subscription.criteria().countries()), Set.copyOf(subscription.criteria().languages()),
                subscription.keywords() == null ? List.of() : subscription.keywords(), null, null, null, null,
                subscription.minimumScore());
    }
}
