package org.coop.approval.policy.domain;

import java.util.Set;

/**
 * Who may decide a step: a platform role, the level whose organizations count (the traveller's
 * college, or government bodies of the college's province), and optionally the kind of
 * organization and a position inside it. {@code escalateTo} names the approver that takes over
 * when the step is overdue.
 */
public record ApproverSpec(String role, ApproverLevel level, String organizationKind, String position,
                           String escalateTo) {

    /** The caller qualifies for this approver of a trip of {@code collegeOrganizationId} in {@code province}. */
    public boolean matches(Actor actor, String collegeOrganizationId, String province) {
        if (!actor.roles().contains(role)) {
            return false;
        }
        if (position != null && !actor.positions().contains(position)) {
            return false;
        }
        if (organizationKind != null && !organizationKind.equals(actor.organizationKind())) {
            return false;
        }
        return switch (level) {
            case COLLEGE -> collegeOrganizationId.equals(actor.organizationId());
            case PROVINCE -> province != null && province.equals(actor.province());
        };
    }

    /**
     * The routing key of this approver for one trip: tasks are found by intersecting the keys of a
     * trip's open approvers with the keys a caller could match ({@link #keysOf(Actor)}).
     */
    public String key(String collegeOrganizationId, String province) {
        String scope = level == ApproverLevel.COLLEGE ? "C:" + collegeOrganizationId : "P:" + province;
        return scope + "|" + role + "|" + (position == null ? "*" : position) + "|"
                + (organizationKind == null ? "*" : organizationKind);
    }

    /** Every routing key an actor matches (roles x positions-or-any x kind-or-any, at both levels). */
    public static Set<String> keysOf(Actor actor) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.List<String> positions = new java.util.ArrayList<>(actor.positions());
        positions.add("*");
        java.util.List<String> kinds = new java.util.ArrayList<>();
        kinds.add("*");
        if (actor.organizationKind() != null) {
            kinds.add(actor.organizationKind());
        }
        for (String role : actor.roles()) {
            for (String position : positions) {
                for (String kind : kinds) {
                    keys.add("C:" + actor.organizationId() + "|" + role + "|" + position + "|" + kind);
                    if (actor.province() != null) {
                        keys.add("P:" + actor.province() + "|" + role + "|" + position + "|" + kind);
                    }
                }
            }
        }
        return Set.copyOf(keys);
    }

    /** A short human description, e.g. {@code GOV_OFFICER/EDUCATION_DEPARTMENT@province}. */
    public String describe() {
        StringBuilder text = new StringBuilder(role);
        if (organizationKind != null) {
            text.append('/').append(organizationKind);
        }
        if (position != null) {
            text.append('/').append(position);
        }
        return text.append('@').append(level == ApproverLevel.COLLEGE ? "college" : "province").toString();
    }
}
