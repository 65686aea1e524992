package org.coop.approval.policy.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a policy's references and numbers so a bad document fails at load, not on a trip. */
final class PolicyValidation {

    private static final Set<String> EVIDENCE_KINDS =
            Set.of("MATCH_ACCEPTED", "PROPOSAL_SUBMITTED", "PROPOSAL_CONCLUDED", "FORUM_REGISTRATION");
    private static final Set<String> APPROVER_ROLES = Set.of("COLLEGE", "GOV_OFFICER", "PLATFORM_ADMIN");

    private final List<PolicyProblem> problems = new ArrayList<>();

    private PolicyValidation() {
    }

    static List<PolicyProblem> of(TripPolicy policy) {
        PolicyValidation check = new PolicyValidation();
        check.validate(policy);
        return List.copyOf(check.problems);
    }

    private void problem(String path, String message) {
        problems.add(new PolicyProblem(path, message));
    }

    private boolean present(String path, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            problem(path, "is required");
            return false;
        }
        return true;
    }

    private void validate(TripPolicy p) {
        if (present("version", p.version()) && !p.version().matches("[A-Za-z0-9._-]{1,40}")) {
            problem("version", "must be 1-40 letters, digits, '.', '_' or '-'");
        }
        if (present("timeZone", p.timeZone())) {
            try {
                ZoneId.of(p.timeZone());
            } catch (RuntimeException e) {
                problem("timeZone", "unknown time zone '" + p.timeZone() + "'");
            }
        }
        if (present("ranks", p.ranks()) && (p.ranks().isEmpty() || new HashSet<>(p.ranks()).size() != p.ranks().size())) {
            problem("ranks", "must list at least one rank, each once");
        }
        validateGroups(p);
        validateLimits(p);
        validateApprovers(p);
        validateRoutes(p);
        validateTracks(p);
    }

    private void validateGroups(TripPolicy p) {
        Set<String> names = new HashSet<>();
        if (present("destinationGroups", p.destinationGroups())) {
            for (int i = 0; i < p.destinationGroups().size(); i++) {
                TripPolicy.DestinationGroup group = p.destinationGroups().get(i);
                String path = "destinationGroups[" + i + "]";
                if (present(path + ".name", group.name()) && !names.add(group.name())) {
                    problem(path + ".name", "duplicate group '" + group.name() + "'");
                }
                if (group.countries() == null) {
                    problem(path + ".countries", "is required");
                } else {
                    group.countries().stream().filter(c -> c == null || !c.matches("[A-Z]{2}")).forEach(
                            c -> problem(path + ".countries", "'" + c + "' is not an ISO 3166-1 alpha-2 code"));
                }
                if (group.leadTimeDays() < 0) {
                    problem(path + ".leadTimeDays", "must not be negative");
                }
            }
        }
        if (present("leadTime", p.leadTime())) {
            if (present("leadTime.defaultGroup", p.leadTime().defaultGroup())
                    && !names.contains(p.leadTime().defaultGroup())) {
                problem("leadTime.defaultGroup", "names no destination group: '" + p.leadTime().defaultGroup() + "'");
            }
            requireCountryTable("leadTime.daysByCountryCount", p.leadTime().daysByCountryCount(), p);
        }
    }

    private void validateLimits(TripPolicy p) {
        if (!present("limits", p.limits())) {
            return;
        }
        if (p.limits().maxTravellers() < 1) {
            problem("limits.maxTravellers", "must be at least 1");
        }
        if (p.limits().maxCountries() < 1) {
            problem("limits.maxCountries", "must be at least 1");
        }
        requireCountryTable("limits.maxDaysByCountryCount", p.limits().maxDaysByCountryCount(), p);
        if (present("annualPlan", p.annualPlan()) && p.annualPlan().defaultQuota() < 0) {
            problem("annualPlan.defaultQuota", "must not be negative");
        }
    }

    private void requireCountryTable(String path, Map<Integer, Integer> table, TripPolicy p) {
        if (!present(path, table) || p.limits() == null) {
            return;
        }
        for (int n = 1; n <= p.limits().maxCountries(); n++) {
            Integer days = table.get(n);
            if (days == null) {
                problem(path, "has no entry for " + n + " countr" + (n == 1 ? "y" : "ies"));
            } else if (days < 1) {
                problem(path + "." + n, "must be at least 1 day");
            }
        }
    }

    private void validateApprovers(TripPolicy p) {
        if (!present("approvers", p.approvers())) {
            return;
        }
        p.approvers().forEach((name, spec) -> {
            String path = "approvers." + name;
            if (spec == null) {
                problem(path, "is empty");
                return;
            }
            if (present(path + ".role", spec.role()) && !APPROVER_ROLES.contains(spec.role())) {
                problem(path + ".role", "'" + spec.role() + "' cannot approve trips; use one of " + APPROVER_ROLES);
            }
            present(path + ".level", spec.level());
            if (spec.escalateTo() != null) {
                if (!p.approvers().containsKey(spec.escalateTo())) {
                    problem(path + ".escalateTo", "names no approver: '" + spec.escalateTo() + "'");
                } else if (spec.escalateTo().equals(name)) {
                    problem(path + ".escalateTo", "an approver cannot escalate to itself");
                }
            }
        });
    }

    private void validateRoutes(TripPolicy p) {
        if (!present("routes", p.routes())) {
            return;
        }
        if (p.routes().isEmpty()) {
            problem("routes", "must contain at least one route");
        }
        Set<String> groupNames = new HashSet<>();
        if (p.destinationGroups() != null) {
            p.destinationGroups().forEach(group -> groupNames.add(group.name()));
        }
        for (int i = 0; i < p.routes().size(); i++) {
            TripPolicy.Route route = p.routes().get(i);
            String path = "routes[" + i + "]";
            present(path + ".name", route.name());
            if (present(path + ".ranks", route.ranks()) && p.ranks() != null) {
                route.ranks().stream().filter(rank -> !p.ranks().contains(rank))
                        .forEach(rank -> problem(path + ".ranks", "unknown rank '" + rank + "'"));
            }
            if (route.destinationGroups() != null) {
                route.destinationGroups().stream().filter(group -> !groupNames.contains(group))
                        .forEach(group -> problem(path + ".destinationGroups", "unknown group '" + group + "'"));
            }
            if (present(path + ".steps", route.steps()) && route.steps().isEmpty()) {
                problem(path + ".steps", "a route needs at least one step");
            } else if (route.steps() != null) {
                Set<String> stepNames = new HashSet<>();
                for (int s = 0; s < route.steps().size(); s++) {
                    TripPolicy.StepRule step = route.steps().get(s);
                    validateStep(path + ".steps[" + s + "]", step, p);
                    if (step != null && step.name() != null && !stepNames.add(step.name())) {
                        problem(path + ".steps[" + s + "].name", "duplicate step '" + step.name() + "'");
                    }
                }
            }
        }
        if (p.ranks() != null) {
            for (String rank : p.ranks()) {
                boolean covered = p.routes().stream().anyMatch(route -> route.ranks() != null
                        && route.ranks().contains(rank)
                        && (route.destinationGroups() == null || route.destinationGroups().isEmpty()));
                if (!covered) {
                    problem("routes", "no route takes rank '" + rank + "' to every destination group "
                            + "(add a route without destinationGroups for it)");
                }
            }
        }
    }

    private void validateStep(String path, TripPolicy.StepRule step, TripPolicy p) {
        if (step == null) {
            problem(path, "is empty");
            return;
        }
        present(path + ".name", step.name());
        present(path + ".mode", step.mode());
        if (present(path + ".approvers", step.approvers())) {
            if (step.approvers().isEmpty()) {
                problem(path + ".approvers", "a step needs at least one approver");
            }
            step.approvers().stream().filter(name -> p.approvers() == null || !p.approvers().containsKey(name))
                    .forEach(name -> problem(path + ".approvers", "names no approver: '" + name + "'"));
        }
    }

    private void validateTracks(TripPolicy p) {
        if (present("fastTrack", p.fastTrack())) {
            if (p.fastTrack().leadTimeDays() < 1) {
                problem("fastTrack.leadTimeDays", "must be at least 1");
            }
            if (present("fastTrack.qualifyingEvidence", p.fastTrack().qualifyingEvidence())) {
                p.fastTrack().qualifyingEvidence().stream().filter(kind -> !EVIDENCE_KINDS.contains(kind))
                        .forEach(kind -> problem("fastTrack.qualifyingEvidence",
                                "unknown evidence '" + kind + "'; known: " + EVIDENCE_KINDS));
            }
            if (p.leadTime() != null && p.leadTime().daysByCountryCount() != null
                    && p.leadTime().daysByCountryCount().values().stream()
                            .anyMatch(days -> days != null && days <= p.fastTrack().leadTimeDays())) {
                problem("fastTrack.leadTimeDays", "must be shorter than every standard lead time");
            }
        }
        if (present("outOfPlan", p.outOfPlan()) && p.outOfPlan().extraStep() != null) {
            validateStep("outOfPlan.extraStep", p.outOfPlan().extraStep(), p);
        }
        if (present("sla", p.sla())) {
            for (Map.Entry<String, TripPolicy.TrackSla> entry : Map.of("sla.standard",
                    nullSafe(p.sla().standard()), "sla.fastTrack", nullSafe(p.sla().fastTrack())).entrySet()) {
                TripPolicy.TrackSla sla = entry.getValue();
                if (sla.finalDecisionDaysBeforeDeparture() < 0 || sla.daysPerStep() < 0) {
                    problem(entry.getKey(), "is required, with days not negative");
                }
            }
            if (p.sla().reminderHoursBeforeDue() < 0) {
                problem("sla.reminderHoursBeforeDue", "must not be negative");
            }
            if (p.fastTrack() != null && p.sla().fastTrack() != null
                    && p.sla().fastTrack().finalDecisionDaysBeforeDeparture() >= p.fastTrack().leadTimeDays()) {
                problem("sla.fastTrack.finalDecisionDaysBeforeDeparture",
                        "must be shorter than the fast-track lead time");
            }
        }
        if (present("report", p.report())) {
            if (p.report().dueDaysAfterReturn() < 1) {
                problem("report.dueDaysAfterReturn", "must be at least 1");
            }
            if (p.report().publishedFields() != null) {
                p.report().publishedFields().stream().filter(f -> !TripPolicy.PUBLISHABLE_FIELDS.contains(f))
                        .forEach(f -> problem("report.publishedFields",
                                "'" + f + "' cannot be published; allowed: " + TripPolicy.PUBLISHABLE_FIELDS));
            }
        }
    }

    private static TripPolicy.TrackSla nullSafe(TripPolicy.TrackSla sla) {
        return sla == null ? new TripPolicy.TrackSla(-1, -1) : sla;
    }
}
