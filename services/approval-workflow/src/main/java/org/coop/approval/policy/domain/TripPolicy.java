package org.coop.approval.policy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules overseas trips are judged by, as data (a versioned YAML document). Trips record the
 * version they were judged under and keep a copy of their route, so a new version never changes
 * a trip already in review.
 *
 * @param ranks traveller ranks from lowest to highest; the highest rank in a delegation picks the route
 * @param destinationGroups named sets of countries with their own minimum lead time
 * @param approvers named approvers that routes and escalations refer to
 * @param routes tried in order; the first whose rank and destination group match is the trip's route
 */
public record TripPolicy(
        String version,
        LocalDate effectiveFrom,
        String timeZone,
        List<String> ranks,
        List<DestinationGroup> destinationGroups,
        LeadTime leadTime,
        Limits limits,
        AnnualPlan annualPlan,
        FastTrack fastTrack,
        OutOfPlan outOfPlan,
        Sla sla,
        ReportRule report,
        Map<String, ApproverSpec> approvers,
        List<Route> routes) {

    /** Countries in a group; a destination outside every group belongs to {@code defaultGroup}. */
    public record DestinationGroup(String name, List<String> countries, int leadTimeDays) {
    }

    /**
     * @param daysByCountryCount minimum days between submission and departure for 1, 2, 3 countries
     * @param defaultGroup group of countries not listed in any group
     */
    public record LeadTime(Map<Integer, Integer> daysByCountryCount, String defaultGroup) {
    }

    /** @param maxDaysByCountryCount the longest trip (departure to return, inclusive) for 1, 2, 3 countries */
    public record Limits(int maxTravellers, int maxCountries, Map<Integer, Integer> maxDaysByCountryCount) {
    }

    /** In-plan trips a college may make per calendar year (by departure), with per-college overrides. */
    public record AnnualPlan(int defaultQuota, Map<String, Integer> quotaByCollege) {

        public int quotaOf(String collegeOrganizationId) {
            return quotaByCollege == null ? defaultQuota : quotaByCollege.getOrDefault(collegeOrganizationId, defaultQuota);
        }
    }

    /** The evidence-backed track: a shorter lead time, a justification, a report that is always due. */
    public record FastTrack(int leadTimeDays, List<String> qualifyingEvidence, int minJustificationLength) {
    }

    /** The step an out-of-plan trip must pass in addition, inserted after {@code insertAfter} (or last). */
    public record OutOfPlan(boolean allowed, StepRule extraStep, String insertAfter) {
    }

    /** Step due times counted back from the departure date, per track. */
    public record Sla(TrackSla standard, TrackSla fastTrack, int reminderHoursBeforeDue) {
    }

    /**
     * The last step is due {@code finalDecisionDaysBeforeDeparture} days before departure, and each
     * earlier step {@code daysPerStep} days before the one after it.
     */
    public record TrackSla(int finalDecisionDaysBeforeDeparture, int daysPerStep) {
    }

    /** @param publishedFields fields of a trip the public summary shows */
    public record ReportRule(int dueDaysAfterReturn, boolean requiredForStandard, List<String> publishedFields) {
    }

    /** A route: which trips take it, and its steps in order. Empty {@code destinationGroups} means any. */
    public record Route(String name, List<String> ranks, List<String> destinationGroups, List<StepRule> steps) {
    }

    /** A step: who decides it and whether all of them must approve or any one suffices. */
    public record StepRule(String name, StepMode mode, List<String> approvers) {
    }

    public enum StepMode {
        ALL_OF,
        ANY_OF
    }

    /** Fields a public summary may show. */
    public static final Set<String> PUBLISHABLE_FIELDS = Set.of("college", "destinations", "departureDate",
            "returnDate", "purpose", "travellerCount", "track", "status", "reportSummary", "reportFiledAt");

    public String groupOf(String country) {
        for (DestinationGroup group : destinationGroups) {
            if (group.countries().contains(country)) {
                return group.name();
            }
        }
        return leadTime.defaultGroup();
    }

    public int rankIndex(String rank) {
        return ranks.indexOf(rank);
    }

    /** The first route for the delegation's highest rank and the trip's destination groups. */
    public Optional<Route> routeFor(String highestRank, List<String> destinations) {
        Set<String> groups = new HashSet<>();
        destinations.forEach(country -> groups.add(groupOf(country)));
        return routes.stream()
                .filter(route -> route.ranks().contains(highestRank))
                .filter(route -> route.destinationGroups() == null || route.destinationGroups().isEmpty()
                        || route.destinationGroups().containsAll(groups))
                .findFirst();
    }

    /** The route's steps, with the out-of-plan step inserted where the policy says. */
    public List<StepRule> stepsFor(Route route, boolean inPlan) {
        List<StepRule> steps = new ArrayList<>(route.steps());
        if (!inPlan && outOfPlan != null && outOfPlan.extraStep() != null) {
            int at = steps.size();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).name().equals(outOfPlan.insertAfter())) {
                    at = i + 1;
                }
            }
            steps.add(at, outOfPlan.extraStep());
        }
        return steps;
    }

    /**
     * The approvers {@code actor} qualifies as on trips of their own organization (college
     * approvers) or province (provincial ones), by name: what a delegation from them lends.
     */
    public Map<String, ApproverSpec> approversOf(Actor actor) {
        Map<String, ApproverSpec> theirs = new java.util.LinkedHashMap<>();
        approvers.forEach((name, spec) -> {
            if (spec.matches(actor, actor.organizationId(), actor.province())) {
                theirs.put(name, spec);
            }
        });
        return theirs;
    }

    /**
     * Whether {@code delegate} holds what deciding for approver {@code name} needs: they qualify
     * as that approver, or as the approver the policy escalates it to (who decides the same step
     * once it is overdue). Judged in the delegate's own organization and province.
     */
    public boolean mayDecideFor(String name, Actor delegate) {
        ApproverSpec spec = approvers.get(name);
        if (spec == null) {
            return false;
        }
        if (spec.matches(delegate, delegate.organizationId(), delegate.province())) {
            return true;
        }
        ApproverSpec next = spec.escalateTo() == null ? null : approvers.get(spec.escalateTo());
        return next != null && next.matches(delegate, delegate.organizationId(), delegate.province());
    }

    /** Every way this policy is unusable; empty when it is sound. */
    public List<PolicyProblem> problems() {
        return PolicyValidation.of(this);
    }
}
