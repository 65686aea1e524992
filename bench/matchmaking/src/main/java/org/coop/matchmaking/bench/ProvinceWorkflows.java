package org.coop.matchmaking.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bson.Document;
import org.coop.approval.policy.application.PolicyYaml;
import org.coop.approval.policy.domain.TripPolicy;
import org.coop.approval.trip.adapter.mongo.TripDocument;
import org.coop.approval.trip.domain.Assessment;
import org.coop.approval.trip.domain.Budget;
import org.coop.approval.trip.domain.Traveller;
import org.coop.approval.trip.domain.Trip;
import org.coop.approval.trip.domain.TripDraft;
import org.coop.approval.trip.domain.TripRules;
import org.coop.approval.trip.domain.TripStatus;
import org.coop.forum.forum.adapter.mongo.ForumDocument;
import org.coop.forum.forum.adapter.mongo.MongoForumStore;
import org.coop.forum.forum.domain.Forum;
import org.coop.forum.forum.domain.ForumDetails;
import org.coop.forum.forum.domain.Session;
import org.coop.forum.registration.adapter.mongo.RegistrationDocument;
import org.coop.forum.registration.domain.Attendee;
import org.coop.forum.registration.domain.Registration;
import org.coop.matchmaking.bench.ProvinceYear.Org;
import org.coop.matchmaking.matches.MatchDocument;
import org.coop.platform.events.CooperationModel;
import org.coop.proposal.agreement.adapter.mongo.ProposalDocument;
import org.coop.proposal.agreement.domain.Content;
import org.coop.proposal.agreement.domain.Party;
import org.coop.proposal.agreement.domain.PartyRole;
import org.coop.proposal.agreement.domain.Proposal;

/**
 * The province-year's proposals, trips and forums, each built through its service's own domain
 * (drafted, submitted, signed; submitted under the real trip policy and decided step by step by
 * the officers its route names, so every trail is the chain the service itself would write;
 * registrations seated against the forum's seat ledger) and stored in its stored shape.
 */
final class ProvinceWorkflows {

    private final ProvinceStore store;
    private final Random random;
    private final Instant asOf;
    private final Instant yearStart;

    ProvinceWorkflows(ProvinceStore store, Random random, Instant asOf) {
        this.store = store;
        this.random = random;
        this.asOf = asOf;
        this.yearStart = asOf.minus(ProvinceYear.YEAR);
    }

    // ---- proposals -----------------------------------------------------------------------------

    /** One proposal per accepted match (as many as asked): drafts, submitted, signing and concluded. */
    void proposals(List<MatchDocument> accepted, int count, List<Org> colleges, List<Org> enterprises,
                   List<Org> institutions) {
        if (accepted.size() < count) {
            System.out.printf(Locale.ROOT, "only %,d accepted matches: %,d proposals%n", accepted.size(),
                    accepted.size());
        }
        for (int i = 0; i < Math.min(count, accepted.size()); i++) {
            MatchDocument match = accepted.get(i);
            CooperationModel mode = CooperationModel.valueOf(match.cooperationModel);
            PartyRole partnerRole = "ENTERPRISE".equals(match.partnerKind) ? PartyRole.COMPANY : PartyRole.INSTITUTION;
            List<Party> parties = List.of(
                    new Party(match.collegeOrganizationId, null, PartyRole.COLLEGE, "CN", 1),
                    new Party(match.partnerOrganizationId, null, partnerRole, match.partnerCountry, 2));
            var college = new org.coop.proposal.agreement.domain.Actor(match.college.byUserId(), "College staff",
                    match.collegeOrganizationId, match.province, Set.of("COLLEGE"));
            var partner = new org.coop.proposal.agreement.domain.Actor(match.partner.byUserId(), "Partner staff",
                    match.partnerOrganizationId, null, Set.of(match.partnerKind));
            Content content = new Content(
                    Map.of("zh", "合作协议 " + i, "en", "Cooperation agreement " + i),
                    Map.of("zh", "学生实习与教师培训", "en", "Internships for students and training for teachers"),
                    Map.of("zh", "双方按本协议合作三年。", "en", "The parties cooperate for three years under this agreement."));
            Instant at = match.updatedAt.plus(Duration.ofDays(1 + random.nextInt(10)));
            Proposal proposal = Proposal.draft(String.format(Locale.ROOT, "%sproposal-%05d", ProvinceYear.PREFIX, i),
                    new Proposal.Draft(mode, match.id, match.needId, match.province, parties, content), college, at);
            double stage = random.nextDouble();
            if (stage > 0.35) {
                at = at.plus(Duration.ofDays(1 + random.nextInt(7)));
                proposal.submit(college, at);
            }
            if (stage > 0.6) {
                at = at.plus(Duration.ofDays(1 + random.nextInt(7)));
                proposal.sign(college, at);
            }
            if (stage > 0.75) {
                at = at.plus(Duration.ofDays(1 + random.nextInt(7)));
                proposal.sign(partner, at);
            }
            store.add("proposal", "proposals", new ProposalDocument(proposal.getId(), 0L, proposal));
        }
    }

    // ---- trips ---------------------------------------------------------------------------------

    /**
     * Trips of the colleges' staff to ASEAN countries, submitted under the stack's own trip policy:
     * most decided (approved by every step, some rejected on the way, reports filed for most of
     * the approved ones that are back), the last weeks' still in review.
     */
    void trips(int count, List<Org> colleges, SkewedData data) {
        TripPolicy policy = policy();
        int notPassing = 0;
        for (int i = 0; i < count; i++) {
            Org college = colleges.get(data.rank(colleges.size()));
            Officers officers = new Officers(college);
            boolean recent = random.nextDouble() < 0.2;
            Instant submitted = recent
                    ? ProvinceYear.at(random, asOf.minus(Duration.ofDays(20)), asOf)
                    : ProvinceYear.at(random, yearStart, asOf.minus(Duration.ofDays(150)));
            LocalDate today = LocalDate.ofInstant(submitted, ZoneOffset.ofHours(8));
            // trips still in review leave for the new year's plan, well after their route's due dates
            LocalDate departure = today.plusDays(recent ? 100 + random.nextInt(60) : 50 + random.nextInt(60));
            List<String> destinations = List.of(ProvinceYear.ASEAN.get(data.rank(ProvinceYear.ASEAN.size())));
            List<Traveller> travellers = new ArrayList<>();
            int people = 1 + random.nextInt(4);
            for (int t = 0; t < people; t++) {
                String id = String.format(Locale.ROOT, "%s%s-teacher-%d", ProvinceYear.PREFIX, college.id(), t);
                travellers.add(new Traveller(id, "Teacher " + t + " of " + college.name(), "STAFF", null, null));
            }
            TripDraft draft = new TripDraft(college.id(), college.province(), travellers, destinations, departure,
                    departure.plusDays(2 + random.nextInt(3)), "Visit partners and sign training agreements in "
                    + destinations.get(0), new Budget(20_000 + random.nextInt(80_000), "CNY", "college budget"),
                    false, null, List.of(), List.of(), "Out of the annual plan: an invitation that came in the year");
            Assessment assessment = TripRules.assess(policy, draft, Map.of(), 0, today);
            if (!assessment.passes()) {
                if (notPassing++ == 0) {
                    System.out.println("a generated trip breaks the policy: " + assessment.violations());
                }
                continue;
            }
            String id = String.format(Locale.ROOT, "%strip-%05d", ProvinceYear.PREFIX, i);
            Trip trip = Trip.submit(id, draft, assessment, policy, officers.requester, submitted);
            decide(trip, officers, submitted, recent);
            // what the service's timer loop would have done by the as-of day (reminders, overdue reports)
            trip.fireTimers(asOf);
            store.add("approvals", "trips", new TripDocument(id, 0L, trip));
        }
        if (notPassing > 0) {
            System.out.printf(Locale.ROOT, "%,d generated trips broke the policy and were left out%n", notPassing);
        }
    }

    private void decide(Trip trip, Officers officers, Instant submitted, boolean recent) {
        int stepsToTake = recent ? random.nextInt(Math.max(1, trip.getSteps().size())) : Integer.MAX_VALUE;
        boolean reject = !recent && random.nextDouble() < 0.1;
        Instant now = submitted;
        int taken = 0;
        while (trip.getStatus() == TripStatus.IN_REVIEW && taken < stepsToTake && taken < 40) {
            now = now.plus(Duration.ofHours(6 + random.nextInt(40)));
            org.coop.approval.policy.domain.Actor actor = officers.deciding(trip, now);
            if (actor == null) {
                throw new IllegalStateException("no generated officer may decide step " + trip.getCurrentStep()
                        + " of " + trip.getId() + ": " + trip.currentStepOrNull().getApprovers());
            }
            if (reject && taken == trip.getSteps().size() / 2) {
                trip.reject(actor, List.of(), "The budget is not justified by the programme", now);
            } else {
                trip.approve(actor, List.of(), "Approved", now);
            }
            taken++;
        }
        LocalDate returned = trip.getReturnDate();
        if (trip.getStatus() == TripStatus.APPROVED && returned.isBefore(LocalDate.ofInstant(asOf, ZoneOffset.UTC).minusDays(30))
                && random.nextDouble() < 0.8) {
            Instant filed = returned.plusDays(3 + random.nextInt(10)).atStartOfDay().toInstant(ZoneOffset.UTC);
            trip.fileReport(officers.requester, "Met three partners; two training agreements drafted.",
                    "Partner visit to " + trip.getDestinations(), filed);
        }
    }

    /** Everyone a trip of one college meets: its requester and every approver a route may name. */
    private static final class Officers {
        final org.coop.approval.policy.domain.Actor requester;
        final List<org.coop.approval.policy.domain.Actor> deciders;

        Officers(Org college) {
            String p = ProvinceYear.PREFIX;
            String province = college.province();
            String lower = province.toLowerCase(Locale.ROOT);
            requester = actor(p + college.id() + "-staff", college.id(), "COLLEGE", province, "COLLEGE");
            deciders = List.of(
                    actor(p + college.id() + "-intl", college.id(), "COLLEGE", province, "COLLEGE",
                            "INTERNATIONAL_OFFICE"),
                    actor(p + college.id() + "-leader", college.id(), "COLLEGE", province, "COLLEGE",
                            "COLLEGE_LEADER"),
                    actor(p + lower + "-edu", "org-" + lower + "-edu", "EDUCATION_DEPARTMENT", province, "GOV_OFFICER"),
                    actor(p + lower + "-edu-head", "org-" + lower + "-edu", "EDUCATION_DEPARTMENT", province,
                            "GOV_OFFICER", "DIVISION_HEAD"),
                    actor(p + lower + "-fao", "org-" + lower + "-fao", "FOREIGN_AFFAIRS_OFFICE", province,
                            "GOV_OFFICER"),
                    actor(p + lower + "-fao-head", "org-" + lower + "-fao", "FOREIGN_AFFAIRS_OFFICE", province,
                            "GOV_OFFICER", "DIVISION_HEAD"));
        }

        org.coop.approval.policy.domain.Actor deciding(Trip trip, Instant now) {
            return deciders.stream().filter(actor -> trip.canDecide(actor, List.of(), now)).findFirst().orElse(null);
        }

        private static org.coop.approval.policy.domain.Actor actor(String userId, String organizationId, String kind,
                                                                   String province, String role, String... positions) {
            return new org.coop.approval.policy.domain.Actor(userId, userId, organizationId, kind, province,
                    Set.of(role), Set.of(positions));
        }
    }

    private static TripPolicy policy() {
        try (InputStream in = ProvinceWorkflows.class.getResourceAsStream("/policy/trip-policy.yml")) {
            return PolicyYaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "policy/trip-policy.yml");
        } catch (IOException e) {
            throw new IllegalStateException("the approval service's trip policy is not on the classpath", e);
        }
    }

    // ---- forums --------------------------------------------------------------------------------

    /**
     * Forums of the demo secretariat through the year, each with its registrations (the biggest
     * forums draw the most): organizations register once each, seated while seats last, then
     * waitlisted; the forum's seat ledger holds exactly the seated ones.
     */
    void forums(int count, int registrations, List<Org> colleges, List<Org> enterprises, List<Org> institutions,
                SkewedData data) {
        List<Org> registrants = new ArrayList<>(colleges);
        registrants.addAll(enterprises);
        registrants.addAll(institutions);
        // the last tenth are drafts, which take no registrations
        int published = count - count / 10;
        int[] perForum = new int[count];
        for (int r = 0; r < registrations; r++) {
            perForum[data.rank(published)]++;
        }
        var organizer = new org.coop.forum.common.domain.Actor(ProvinceYear.PREFIX + "forum-org", "Forum secretariat",
                "org-yn-forum", Set.of("FORUM_ORGANIZER"));
        int registrationNumber = 0;
        for (int f = 0; f < count; f++) {
            LocalDate startsOn = LocalDate.ofInstant(yearStart, ZoneOffset.UTC).plusDays(15 + f * 340L / count);
            int capacity = 100 + random.nextInt(300);
            LocalDateTime opening = startsOn.atTime(9, 0);
            ForumDetails details = new ForumDetails(Map.of("zh", "职业教育合作论坛 " + f, "en",
                    "Vocational Education Cooperation Forum " + f), "Kunming", "CN", List.of("zh", "en"),
                    startsOn, startsOn.plusDays(1), startsOn.minusDays(60).atStartOfDay().toInstant(ZoneOffset.UTC),
                    startsOn.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), capacity,
                    List.of(new Session(Map.of("zh", "开幕式", "en", "Opening"), opening, opening.plusHours(2),
                            "Hall A", capacity)));
            String forumId = String.format(Locale.ROOT, "%sforum-%03d", ProvinceYear.PREFIX, f);
            Instant created = details.registrationOpensAt().minus(Duration.ofDays(10));
            Forum forum = Forum.draft(forumId, organizer, details, created);
            boolean open = f < published;
            if (open) {
                forum.publish(organizer, created.plus(Duration.ofDays(2)));
            }
            List<Org> shuffled = new ArrayList<>(registrants);
            Collections.shuffle(shuffled, random);
            int left = capacity;
            long arrivals = 0;
            List<String> holders = new ArrayList<>();
            for (int r = 0; r < Math.min(perForum[f], shuffled.size()); r++) {
                Org org = shuffled.get(r);
                var registrant = new org.coop.forum.common.domain.Actor(ProvinceYear.PREFIX + org.id() + "-user",
                        "Staff of " + org.name(), org.id(), Set.of(org.kind()));
                Attendee lead = new Attendee(registrant.userId(), registrant.name());
                boolean delegation = random.nextInt(4) == 0;
                List<Attendee> members = delegation ? List.of(new Attendee(registrant.userId() + "-2", "Colleague"))
                        : List.of();
                Instant at = ProvinceYear.at(random, details.registrationOpensAt(), details.registrationClosesAt());
                String id = String.format(Locale.ROOT, "%sregistration-%05d", ProvinceYear.PREFIX,
                        registrationNumber++);
                Registration registration = Registration.request(id, forumId, registrant,
                        delegation ? Registration.Kind.DELEGATION : Registration.Kind.SINGLE, lead, members, 5, at);
                int seats = 1 + members.size();
                boolean seated = left >= seats;
                registration.seated(++arrivals, seated, at);
                if (seated) {
                    left -= seats;
                    holders.add(id);
                }
                store.add("forums", "registrations", new RegistrationDocument(id, 0L, forumId + "/" + org.id(),
                        registration));
            }
            Document stored = store.toDocument("forums", new ForumDocument(forumId, 0L, forum));
            Document ledger = store.toDocument("forums", new MongoForumStore.Seats(left, arrivals, holders));
            ledger.remove("_class");
            stored.put("seats", ledger);
            stored.put(ProvinceStore.OUTBOX_CLAIM, 0L);
            stored.put(ProvinceStore.OUTBOX_APPENDS, 0L);
            store.addDocument("forums", "forums", stored);
        }
    }
}
