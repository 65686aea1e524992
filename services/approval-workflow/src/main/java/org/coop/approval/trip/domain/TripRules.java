package org.coop.approval.trip.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coop.approval.policy.domain.TripPolicy;

/**
 * Applies a {@link TripPolicy} to a {@link TripDraft} and collects every broken rule at once, each
 * with its name and values, so a requester fixes everything in one go.
 */
public final class TripRules {

    private TripRules() {
    }

    /**
     * @param evidence the linked evidence found in the replica, by {@link Evidence#key()}
     * @param inPlanTripsThatYear in-plan trips the college already has for the departure year
     */
    public static Assessment assess(TripPolicy policy, TripDraft draft, Map<String, Evidence> evidence,
                                    int inPlanTripsThatYear, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        int countries = draft.destinations().size();
        boolean datesKnown = draft.departureDate() != null && draft.returnDate() != null;

        if (datesKnown && draft.returnDate().isBefore(draft.departureDate())) {
            violations.add(violation("dates", "return " + draft.returnDate() + " is before departure "
                    + draft.departureDate(), "departureDate", draft.departureDate(), "returnDate", draft.returnDate()));
        }
        if (countries < 1 || countries > policy.limits().maxCountries()) {
            violations.add(violation("country-count", countries + " countries; a trip visits 1 to "
                    + policy.limits().maxCountries(), "countries", countries, "max", policy.limits().maxCountries()));
        }
        int travellers = draft.travellers().size();
        if (travellers < 1 || travellers > policy.limits().maxTravellers()) {
            violations.add(violation("delegation-size", "delegation of " + travellers + " "
                    + (travellers == 1 ? "person" : "people") + "; at most " + policy.limits().maxTravellers()
                    + " allowed", "travellers", travellers, "max", policy.limits().maxTravellers()));
        }
        Set<String> userIds = new HashSet<>();
        for (Traveller traveller : draft.travellers()) {
            if (!userIds.add(traveller.userId())) {
                violations.add(violation("travellers-unique", "traveller " + traveller.userId() + " is listed twice",
                        "userId", traveller.userId()));
            }
            if (policy.rankIndex(traveller.rank()) < 0) {
                violations.add(violation("traveller-rank", "rank '" + traveller.rank() + "' of " + traveller.name()
                        + " is not one of " + policy.ranks(), "rank", traveller.rank(), "known", policy.ranks()));
            }
        }
        if (datesKnown && countries >= 1 && countries <= policy.limits().maxCountries()) {
            long days = ChronoUnit.DAYS.between(draft.departureDate(), draft.returnDate()) + 1;
            int maxDays = policy.limits().maxDaysByCountryCount().get(countries);
            if (days > maxDays) {
                violations.add(violation("trip-length", "trip of " + days + " days > " + maxDays + " allowed for "
                        + countryWord(countries), "days", days, "max", maxDays, "countries", countries));
            }
        }
        if (draft.inPlan()) {
            int quota = policy.annualPlan().quotaOf(draft.collegeOrganizationId());
            if (inPlanTripsThatYear >= quota) {
                int year = draft.departureDate() == null ? today.getYear() : draft.departureDate().getYear();
                violations.add(violation("annual-quota", "annual plan quota used: " + inPlanTripsThatYear + " of "
                        + quota + " in-plan trips in " + year, "used", inPlanTripsThatYear, "quota", quota,
                        "year", year));
            }
        } else if (policy.outOfPlan() == null || !policy.outOfPlan().allowed()) {
            violations.add(violation("out-of-plan", "trips outside the annual plan are not allowed by policy "
                    + policy.version(), "inPlan", false));
        }

        List<EvidenceLink> qualifying = new ArrayList<>();
        for (EvidenceLink link : draft.evidence()) {
            checkEvidence(policy, draft, link, evidence.get(link.kind() + ":" + link.id()), violations)
                    .ifPresent(qualifying::add);
        }

        int standardLeadTime = standardLeadTime(policy, draft.destinations());
        long leadTime = draft.departureDate() == null ? 0 : ChronoUnit.DAYS.between(today, draft.departureDate());
        Track track = Track.STANDARD;
        int required = standardLeadTime;
        if (leadTime < standardLeadTime && !qualifying.isEmpty()) {
            track = Track.FAST_TRACK;
            required = policy.fastTrack().leadTimeDays();
            String justification = draft.justification() == null ? "" : draft.justification().strip();
            if (justification.length() < policy.fastTrack().minJustificationLength()) {
                violations.add(violation("fast-track-justification", "the fast track needs a justification of at least "
                        + policy.fastTrack().minJustificationLength() + " characters (" + justification.length()
                        + " given)", "length", justification.length(),
                        "min", policy.fastTrack().minJustificationLength()));
            }
        }
        if (draft.departureDate() != null && leadTime < required) {
            String basis = track == Track.FAST_TRACK ? "on the fast track" : "for " + countryWord(countries)
                    + groupNote(policy, draft.destinations(), standardLeadTime);
            violations.add(violation("lead-time", "lead time " + leadTime + " days < " + required + " required "
                    + basis, "leadTimeDays", leadTime, "requiredDays", required, "track", track.name()));
        }

        String highestRank = draft.travellers().stream().map(Traveller::rank)
                .filter(rank -> policy.rankIndex(rank) >= 0)
                .max((a, b) -> Integer.compare(policy.rankIndex(a), policy.rankIndex(b)))
                .orElse(policy.ranks().get(0));
        Optional<TripPolicy.Route> route = policy.routeFor(highestRank, draft.destinations());
        if (route.isEmpty()) {
            violations.add(violation("route", "no route in policy " + policy.version() + " for rank " + highestRank
                    + " to " + draft.destinations(), "rank", highestRank, "destinations", draft.destinations()));
        }
        List<TripPolicy.StepRule> steps = route.map(r -> policy.stepsFor(r, draft.inPlan())).orElse(List.of());
        return new Assessment(policy.version(), track, route.map(TripPolicy.Route::name).orElse(null), steps,
                leadTime, required, List.copyOf(qualifying), List.copyOf(violations));
    }

    /**
     * The traveller at {@code index} is no active account of the college: unknown to the directory,
     * an account of another organization, or disabled. The first two are answered alike, so
     * travellers cannot be used to learn who exists elsewhere.
     */
    public static Violation notAnAccountOfTheCollege(TripDraft draft, int index) {
        Traveller traveller = draft.travellers().get(index);
        return violation("traveller-account", "traveller '" + traveller.userId() + "' (" + traveller.name()
                        + ") is not an active account of " + draft.collegeOrganizationId(),
                "field", "travellers[" + index + "].userId", "userId", traveller.userId());
    }

    /** The longest of the per-country-count lead time and every destination group's own. */
    static int standardLeadTime(TripPolicy policy, List<String> destinations) {
        int byCount = policy.leadTime().daysByCountryCount().getOrDefault(Math.max(1, destinations.size()),
                policy.leadTime().daysByCountryCount().values().stream().max(Integer::compare).orElse(0));
        int byGroup = destinations.stream().map(policy::groupOf)
                .flatMap(name -> policy.destinationGroups().stream().filter(g -> g.name().equals(name)))
                .mapToInt(TripPolicy.DestinationGroup::leadTimeDays).max().orElse(0);
        return Math.max(byCount, byGroup);
    }

    private static String groupNote(TripPolicy policy, List<String> destinations, int required) {
        int byCount = policy.leadTime().daysByCountryCount().getOrDefault(Math.max(1, destinations.size()), 0);
        if (required <= byCount) {
            return "";
        }
        return " (destination group " + destinations.stream().map(policy::groupOf).distinct().toList() + ")";
    }

    private static Optional<EvidenceLink> checkEvidence(TripPolicy policy, TripDraft draft, EvidenceLink link,
                                                        Evidence found, List<Violation> violations) {
        String name = link.kind() + " " + link.id();
        if (found == null || !found.organizationIds().contains(draft.collegeOrganizationId())) {
            // Evidence of other organizations answers exactly as evidence that does not exist, so the
            // check cannot be used to learn which ids other colleges hold (issue 9).
            violations.add(violation("evidence", name + " is not known to the platform (yet)",
                    "kind", link.kind(), "id", link.id()));
            return Optional.empty();
        }
        if (found.countries().stream().noneMatch(draft.destinations()::contains)) {
            violations.add(violation("evidence", name + " concerns " + found.countries()
                    + ", none of the destinations " + draft.destinations(), "kind", link.kind(), "id", link.id(),
                    "evidenceCountries", found.countries()));
            return Optional.empty();
        }
        if (Evidence.FORUM_REGISTRATION.equals(found.kind()) && found.startsOn() != null
                && draft.departureDate() != null && draft.returnDate() != null
                && (found.endsOn().isBefore(draft.departureDate()) || found.startsOn().isAfter(draft.returnDate()))) {
            violations.add(violation("evidence", name + " is for a forum " + found.startsOn() + ".." + found.endsOn()
                    + " outside the trip " + draft.departureDate() + ".." + draft.returnDate(),
                    "kind", link.kind(), "id", link.id()));
            return Optional.empty();
        }
        return policy.fastTrack().qualifyingEvidence().contains(found.kind()) ? Optional.of(link) : Optional.empty();
    }

    private static String countryWord(int countries) {
        return countries + (countries == 1 ? " country" : " countries");
    }

    private static Violation violation(String rule, String message, Object... values) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            map.put((String) values[i], values[i + 1] instanceof LocalDate date ? date.toString() : values[i + 1]);
        }
        return new Violation(rule, message, map);
    }
}
