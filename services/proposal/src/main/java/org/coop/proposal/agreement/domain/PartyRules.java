package org.coop.proposal.agreement.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coop.platform.events.CooperationModel;

/**
 * Who may be party to an agreement of each cooperation model: a college and its partner (a company
 * or institution in the company modes, a college or institution in the college modes), plus, where
 * the model has one, exactly one third party (INTERMEDIARY, or GOVERNMENT for
 * college–government–college). A draft may still lack its third party; a submission may not.
 */
public final class PartyRules {

    static final int MAX_ID = 100;
    static final int MAX_NAME = 200;

    private PartyRules() {
    }

    /** The role of the third party the model requires, or null for two-party models. */
    public static PartyRole thirdPartyRole(CooperationModel mode) {
        if (!mode.hasThirdParty()) {
            return null;
        }
        return mode == CooperationModel.COLLEGE_GOVERNMENT_COLLEGE ? PartyRole.GOVERNMENT : PartyRole.INTERMEDIARY;
    }

    /** The roles the college's partner may have in the model. */
    public static Set<PartyRole> partnerRoles(CooperationModel mode) {
        return mode.name().endsWith("_COMPANY") ? Set.of(PartyRole.COMPANY, PartyRole.INSTITUTION)
                : Set.of(PartyRole.COLLEGE, PartyRole.INSTITUTION);
    }

    /** Every problem of {@code parties} for {@code mode}; with {@code complete}, a missing third party too. */
    public static List<FieldProblem> problems(CooperationModel mode, List<Party> parties, boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        if (parties == null || parties.size() < 2 || parties.size() > 3) {
            problems.add(new FieldProblem("parties", "an agreement has 2 parties, or 3 with a third party"));
            return problems;
        }
        Set<String> organizations = new HashSet<>();
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String where = "parties[" + i + "]";
            if (party == null) {
                problems.add(new FieldProblem(where, "must not be null"));
                continue;
            }
            checkParty(party, where, parties.size(), problems);
            if (party.organizationId() != null && !organizations.add(party.organizationId())) {
                problems.add(new FieldProblem(where + ".organizationId", "is already a party"));
            }
            if (!positions.add(party.signingPosition())) {
                problems.add(new FieldProblem(where + ".signingPosition", "another party signs at this position"));
            }
        }
        if (problems.isEmpty() && mode != null) {
            checkComposition(mode, parties, complete, problems);
        }
        return problems;
    }

    private static void checkParty(Party party, String where, int count, List<FieldProblem> problems) {
        if (party.organizationId() == null || party.organizationId().isBlank()
                || party.organizationId().length() > MAX_ID) {
            problems.add(new FieldProblem(where + ".organizationId", "must be 1 to " + MAX_ID + " characters"));
        }
        if (party.organizationName() != null && party.organizationName().length() > MAX_NAME) {
            problems.add(new FieldProblem(where + ".organizationName", "must be at most " + MAX_NAME + " characters"));
        }
        if (party.role() == null) {
            problems.add(new FieldProblem(where + ".role", "must be one of " + List.of(PartyRole.values())));
        }
        if (party.country() != null && !party.country().matches("[A-Z]{2}")) {
            problems.add(new FieldProblem(where + ".country", "must be an ISO 3166-1 alpha-2 code"));
        }
        if (party.signingPosition() < 1 || party.signingPosition() > count) {
            problems.add(new FieldProblem(where + ".signingPosition", "must be between 1 and " + count));
        }
    }

    private static void checkComposition(CooperationModel mode, List<Party> parties, boolean complete,
                                         List<FieldProblem> problems) {
        List<Party> third = parties.stream().filter(p -> p.role().isThirdParty()).toList();
        List<Party> principal = parties.stream().filter(p -> !p.role().isThirdParty()).toList();
        PartyRole thirdRole = thirdPartyRole(mode);
        if (thirdRole == null && !third.isEmpty()) {
            problems.add(new FieldProblem("parties", mode + " has no third party; remove the " + third.get(0).role()));
        } else if (thirdRole != null && third.stream().anyMatch(p -> p.role() != thirdRole)) {
            problems.add(new FieldProblem("parties", "the third party of " + mode + " is the " + thirdRole));
        } else if (third.size() > 1) {
            problems.add(new FieldProblem("parties", "an agreement has one third party at most"));
        } else if (complete && thirdRole != null && third.isEmpty()) {
            problems.add(new FieldProblem("parties", mode + " needs its " + thirdRole + " party before submission"));
        }
        if (principal.size() != 2 || principal.stream().noneMatch(p -> p.role() == PartyRole.COLLEGE)) {
            problems.add(new FieldProblem("parties", mode + " is between a COLLEGE and its partner"));
            return;
        }
        Set<PartyRole> partners = partnerRoles(mode);
        boolean fits = principal.get(0).role() == PartyRole.COLLEGE && partners.contains(principal.get(1).role())
                || principal.get(1).role() == PartyRole.COLLEGE && partners.contains(principal.get(0).role());
        if (!fits) {
            problems.add(new FieldProblem("parties", "the college's partner in " + mode + " is one of "
                    + partners.stream().sorted().toList()));
        }
    }
}
