package org.coop.approval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coop.approval.policy.application.PolicyYaml;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.policy.domain.TripPolicy;
import org.coop.approval.trip.domain.Budget;
import org.coop.approval.trip.domain.EvidenceLink;
import org.coop.approval.trip.domain.Traveller;
import org.coop.approval.trip.domain.TripDraft;

/** The shipped policy, people of a Yunnan college and its province, and a trip draft builder. */
public final class Fixtures {

    public static final String COLLEGE = "org-kunming-vocational";
    public static final String OTHER_COLLEGE = "org-nanning-polytechnic";
    public static final String PROVINCE = "YN";

    private Fixtures() {
    }

    public static String shippedPolicyYaml() {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("policy/trip-policy.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TripPolicy policy() {
        return PolicyYaml.parse(shippedPolicyYaml(), "test");
    }

    public static Actor requester() {
        return collegeUser("user-he-jing", "He Jing");
    }

    public static Actor collegeUser(String id, String name, String... positions) {
        return new Actor(id, name, COLLEGE, "COLLEGE", PROVINCE, Set.of("COLLEGE"), Set.of(positions));
    }

    public static Actor internationalOffice() {
        return collegeUser("user-wang-fang", "Wang Fang", "INTERNATIONAL_OFFICE");
    }

    public static Actor collegeLeader() {
        return collegeUser("user-chen-hao", "Chen Hao", "COLLEGE_LEADER");
    }

    public static Actor officer(String id, String kind, String province, String... positions) {
        return new Actor(id, id, "org-" + kind.toLowerCase() + "-" + province, kind, province, Set.of("GOV_OFFICER"),
                Set.of(positions));
    }

    public static Actor education() {
        return officer("user-xu-lan", "EDUCATION_DEPARTMENT", PROVINCE);
    }

    public static Actor foreignAffairs() {
        return officer("user-li-ming", "FOREIGN_AFFAIRS_OFFICE", PROVINCE);
    }

    public static DraftBuilder aTrip() {
        return new DraftBuilder();
    }

    /** A one-country, in-plan staff visit to Vientiane of {@code days} days, departing {@code lead} days after today. */
    public static final class DraftBuilder {
        private List<Traveller> travellers = new ArrayList<>(List.of(
                new Traveller("user-lin-wei", "Lin Wei", "STAFF", "teacher")));
        private List<String> destinations = List.of("LA");
        private LocalDate today = LocalDate.of(2027, 1, 1);
        private long lead = 60;
        private long days = 5;
        private boolean inPlan = true;
        private List<EvidenceLink> evidence = List.of();
        private String justification;

        public DraftBuilder travellers(int count) {
            travellers = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                travellers.add(new Traveller("user-t" + i, "Traveller " + i, "STAFF", "teacher"));
            }
            return this;
        }

        public DraftBuilder traveller(String userId, String rank) {
            travellers = new ArrayList<>(List.of(new Traveller(userId, userId, rank, null)));
            return this;
        }

        public DraftBuilder to(String... countries) {
            destinations = List.of(countries);
            return this;
        }

        public DraftBuilder leadDays(long lead) {
            this.lead = lead;
            return this;
        }

        public DraftBuilder days(long days) {
            this.days = days;
            return this;
        }

        public DraftBuilder outOfPlan() {
            inPlan = false;
            return this;
        }

        public DraftBuilder evidence(String kind, String id, String justification) {
            this.evidence = List.of(new EvidenceLink(kind, id));
            this.justification = justification;
            return this;
        }

        public LocalDate today() {
            return today;
        }

        public TripDraft build() {
            LocalDate departure = today.plusDays(lead);
            return new TripDraft(COLLEGE, PROVINCE, travellers, destinations, departure, departure.plusDays(days - 1),
                    "Sign an internship agreement with a partner college", new Budget(38000, "CNY", "college budget"),
                    inPlan, inPlan ? "plan-2027-07" : null, evidence, List.of(), justification);
        }
    }
}
