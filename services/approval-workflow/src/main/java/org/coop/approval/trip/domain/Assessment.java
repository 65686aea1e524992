package org.coop.approval.trip.domain;

import java.util.List;
import org.coop.approval.policy.domain.TripPolicy;

/**
 * A draft judged against a policy: the track it takes, its route and steps, and every broken rule.
 *
 * @param leadTimeDays days from today to departure
 * @param requiredLeadTimeDays what the trip's track requires
 * @param qualifyingEvidence the linked evidence that qualifies for the fast track
 */
public record Assessment(String policyVersion, Track track, String routeName, List<TripPolicy.StepRule> steps,
                         long leadTimeDays, int requiredLeadTimeDays, List<EvidenceLink> qualifyingEvidence,
                         List<Violation> violations) {

    public boolean passes() {
        return violations.isEmpty();
    }

    /** The same judgement with further broken rules (found outside the policy, e.g. by the directory). */
    public Assessment plus(List<Violation> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Violation> all = new java.util.ArrayList<>(violations);
        all.addAll(more);
        return new Assessment(policyVersion, track, routeName, steps, leadTimeDays, requiredLeadTimeDays,
                qualifyingEvidence, List.copyOf(all));
    }
}
