package org.coop.matchmaking.bench;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.coop.matchmaking.common.Contact;
import org.coop.matchmaking.matches.MatchDocument;
import org.coop.matchmaking.matches.MatchStatus;
import org.coop.matchmaking.matching.application.Profiles;
import org.coop.matchmaking.matching.domain.MatchEngine;
import org.coop.matchmaking.matching.domain.NeedProfile;
import org.coop.matchmaking.vocabulary.domain.PartnerKind;
import org.coop.matchmaking.matching.domain.PartnerProfile;
import org.coop.matchmaking.matching.domain.ScoredMatch;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.matchmaking.matching.domain.Weights;
import org.coop.matchmaking.needs.NeedDocument;
import org.coop.matchmaking.needs.NeedStatus;
import org.coop.matchmaking.offers.OfferDocument;
import org.coop.matchmaking.offers.OfferStatus;
import org.coop.matchmaking.subscriptions.SubscriptionDocument;
import org.coop.matchmaking.subscriptions.SubscriptionService;
import org.coop.matchmaking.subscriptions.SubscriptionStatus;
import org.coop.matchmaking.vocabulary.adapter.VocabularyYaml;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.coop.platform.infra.EmbeddedMongoStore;

/**
 * A province's year of data, written into a local stack's store in the services' stored shapes:
 * colleges post needs, partners keep subscriptions and offers, the real matching engine pairs
 * them (its scores and reasons), some matches are accepted and drafted into proposals, staff
 * travel on approved trips with their trails, forums fill with registrations. A few big colleges
 * and partners hold most of it (Zipf), the demo organizations among the biggest, so the demo
 * users' lists page through thousands of rows. The same seed writes the same data.
 *
 * <pre>
 * java -cp ... org.coop.matchmaking.bench.ProvinceYear [--mongo mongodb://localhost:27017 | --store-file .data/mongo/coop.mv]
 *     [--seed 2026]
 *     [--as-of 2026-12-01 (default: today, UTC)] [--scale 1.0] [--gateway http://localhost:8080] [--verify-only]
 * </pre>
 * The year ends on the as-of day: trips' timers due before it have fired (in their trails), those
 * after it are still ahead, so a stack started that day finds the state it would have reached
 * itself. The same seed and as-of day write the same data.
 * Run it against a running stack (the store is part of it), then restart the stack: the matching
 * engine loads the subscriptions from the store at start. Faster: stop the stack after its first
 * start (the services have created their collections and indexes) and give the store's file with
 * {@code --store-file}; the generator opens it alone. {@code --gateway} checks afterwards that
 * the counts are stored and that every demo user's lists answer with the generated data.
 */
public final class ProvinceYear {

    static final String PREFIX = "py-";
    /** The length of the generated year: everything happened in the 335 days before the as-of day. */
    static final Duration YEAR = Duration.ofDays(335);
    /** The first eleven of SkewedData.COUNTRIES: the ASEAN member states and Timor-Leste. */
    static final List<String> ASEAN = SkewedData.COUNTRIES.subList(0, 11);

    /**
     * Target volumes at scale 1 (issue 10). Matches: the engine's best five per need; some needs
     * have fewer candidates (four per need gave 187,620 of 50,000 needs), so five reach 200,000.
     */
    record Volumes(int colleges, int partners, int needs, int subscriptions, int offers, int matchesPerNeed,
                   int proposals, int trips, int forums, int registrations) {
        static Volumes scaled(double scale) {
            return new Volumes(Math.max(4, (int) (200 * Math.min(1, scale * 4))),
                    Math.max(8, (int) (2_000 * Math.min(1, scale * 4))), (int) (50_000 * scale),
                    (int) (10_000 * scale), (int) (10_000 * scale), 5, (int) (20_000 * scale), (int) (20_000 * scale),
                    Math.max(2, (int) (100 * Math.min(1, scale * 10))), (int) (20_000 * scale));
        }
    }

    record Org(String id, String kind, String country, String province, String name) {
    }

    private ProvinceYear() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        String mongo = options.getOrDefault("mongo", "mongodb://localhost:27017");
        if (options.containsKey("store-file") && options.containsKey("gateway")) {
            throw new IllegalArgumentException("--store-file writes while the stack is stopped; check with --gateway "
                    + "after starting it (--verify-only --mongo ...)");
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        double scale = Double.parseDouble(options.getOrDefault("scale", "1.0"));
        Volumes volumes = Volumes.scaled(scale);
        Instant asOf = LocalDate.parse(options.getOrDefault("as-of", LocalDate.now(ZoneOffset.UTC).toString()))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        // With --store-file the generator opens the stopped stack's store file itself: nothing else
        // contends for the store (the running stack's relays sweep every collection five times a second).
        EmbeddedMongoStore own = options.containsKey("store-file")
                ? EmbeddedMongoStore.persistent(Path.of(options.get("store-file")), 0).start() : null;
        if (own != null) {
            mongo = "mongodb://127.0.0.1:" + own.port();
        }
        try (own; MongoClient client = MongoClients.create(mongo)) {
            if (!options.containsKey("verify-only")) {
                ProvinceStore store = new ProvinceStore(client);
                if (own != null && !store.hasIndexes("matchmaking", "matches")) {
                    // the services create their indexes at start and wait 30 s at most for each;
                    // built afterwards over 200,000 matches that is too short on a busy machine
                    throw new IllegalStateException("the store file holds none of the services' indexes: start the "
                            + "stack once on it (so the services create them), stop it, then generate");
                }
                if (store.exists("matchmaking", "needs", PREFIX + "need-000000")) {
                    System.out.println("a province-year is already in this store (need py-need-000000); not generating");
                } else {
                    long start = System.nanoTime();
                    System.out.println("generating a province-year up to " + asOf + ", seed " + seed + ", scale "
                            + scale);
                    generate(store, seed, volumes, asOf);
                    store.flush();
                    System.out.printf(Locale.ROOT, "generated in %.1f s:%n", (System.nanoTime() - start) / 1e9);
                    store.written().forEach((key, count) -> System.out.printf(Locale.ROOT, "  %-28s %,9d%n", key,
                            count));
                    System.out.println("restart the stack so the matching engine loads the subscriptions");
                }
            }
            if (options.containsKey("gateway")) {
                int failures = ProvinceYearCheck.verify(new ProvinceStore(client), volumes, options.get("gateway"));
                if (failures > 0) {
                    System.exit(1);
                }
            }
        }
    }

    static void generate(ProvinceStore store, long seed, Volumes volumes, Instant asOf) {
        Instant yearStart = asOf.minus(YEAR);
        Vocabulary vocabulary = VocabularyYaml.readVocabulary(
                ProvinceYear.class.getResourceAsStream("/matchmaking/vocabulary.yml"));
        SkewedData data = new SkewedData(seed, SkewedData.BROAD, vocabulary);
        Random random = data.random();
        List<Org> colleges = colleges(volumes.colleges());
        List<Org> enterprises = new ArrayList<>();
        List<Org> institutions = new ArrayList<>();
        partners(data, volumes.partners(), enterprises, institutions);

        MatchEngine engine = new MatchEngine(vocabulary.sectors(), Weights.defaults());
        SubscriptionIndex index = new SubscriptionIndex(engine);
        Map<String, SubscriptionDocument> subscriptions = new HashMap<>();
        for (int i = 0; i < volumes.subscriptions(); i++) {
            PartnerProfile profile = data.subscription(i);
            List<Org> pool = profile.kind() == PartnerKind.ENTERPRISE ? enterprises : institutions;
            SubscriptionDocument subscription = subscription(i, profile, pool.get(data.rank(pool.size())),
                    at(random, yearStart, asOf), random);
            store.add("matchmaking", "subscriptions", subscription);
            subscriptions.put(subscription.id, subscription);
            if (subscription.status == SubscriptionStatus.ACTIVE) {
                index.put(Profiles.of(SubscriptionService.changed(subscription, subscription.updatedAt)));
            }
        }
        for (int i = 0; i < volumes.offers(); i++) {
            PartnerProfile profile = data.subscription(volumes.subscriptions() + i);
            List<Org> pool = profile.kind() == PartnerKind.ENTERPRISE ? enterprises : institutions;
            store.add("matchmaking", "offers", offer(i, profile, pool.get(data.rank(pool.size())),
                    at(random, yearStart, asOf), random));
        }

        List<MatchDocument> accepted = new ArrayList<>();
        for (int i = 0; i < volumes.needs(); i++) {
            Org college = colleges.get(data.rank(colleges.size()));
            Instant posted = at(random, yearStart, asOf.minus(Duration.ofDays(1)));
            NeedDocument need = need(i, data.need(i), college, posted, random);
            List<ScoredMatch> found = need.status == NeedStatus.WITHDRAWN ? List.of()
                    : ScoredMatch.sorted(index.match(Profiles.of(need)));
            int kept = Math.min(volumes.matchesPerNeed(), found.size());
            for (int m = 0; m < kept; m++) {
                MatchDocument match = match(need, subscriptions.get(found.get(m).partnerId()), found.get(m),
                        posted.plusMillis(40 + m), random);
                if (match.status == MatchStatus.ACCEPTED) {
                    accepted.add(match);
                }
                store.add("matchmaking", "matches", match);
            }
            if (kept > 0) {
                need.status = NeedStatus.MATCHED;
            }
            store.add("matchmaking", "needs", need);
        }
        ProvinceWorkflows workflows = new ProvinceWorkflows(store, random, asOf);
        workflows.proposals(accepted, volumes.proposals(), colleges, enterprises, institutions);
        workflows.trips(volumes.trips(), colleges, data);
        workflows.forums(volumes.forums(), volumes.registrations(), colleges, enterprises, institutions, data);
    }

    /** The demo colleges first (biggest), then invented ones of Yunnan. */
    static List<Org> colleges(int count) {
        List<Org> colleges = new ArrayList<>();
        colleges.add(new Org("org-yn-kmvtc", "COLLEGE", "CN", "YN", "Kunming Vocational and Technical College"));
        colleges.add(new Org("org-gx-nncvt", "COLLEGE", "CN", "GX", "Nanning College for Vocational Technology"));
        for (int i = colleges.size(); i < count; i++) {
            colleges.add(new Org(String.format(Locale.ROOT, "org-py-college-%03d", i), "COLLEGE", "CN", "YN",
                    "Yunnan Vocational College No. " + i));
        }
        return colleges;
    }

    /** The demo partners first in their kind, then invented ones across ASEAN (Zipf by country). */
    static void partners(SkewedData data, int count, List<Org> enterprises, List<Org> institutions) {
        enterprises.add(new Org("org-vn-bnpm", "ENTERPRISE", "VN", null, "Bac Ninh Precision Manufacturing JSC"));
        enterprises.add(new Org("org-la-lphh", "ENTERPRISE", "LA", null, "Luang Prabang Heritage Hospitality Group"));
        enterprises.add(new Org("org-th-esrs", "ENTERPRISE", "TH", null, "Eastern Seaboard Rail Systems Co., Ltd."));
        institutions.add(new Org("org-la-vtp", "INSTITUTION", "LA", null, "Vientiane Technical Polytechnic"));
        for (int i = 0; i < count; i++) {
            String country = ASEAN.get(data.rank(ASEAN.size()));
            boolean enterprise = data.random().nextDouble() < 0.7;
            Org org = new Org(String.format(Locale.ROOT, "org-py-partner-%04d", i),
                    enterprise ? "ENTERPRISE" : "INSTITUTION", country, null,
                    (enterprise ? "Enterprise " : "Institute ") + country + "-" + i);
            (enterprise ? enterprises : institutions).add(org);
        }
    }

    static Instant at(Random random, Instant from, Instant to) {
        return from.plusSeconds((long) (random.nextDouble() * Duration.between(from, to).toSeconds()));
    }

    private static SubscriptionDocument subscription(int i, PartnerProfile profile, Org org, Instant created,
                                                     Random random) {
        SubscriptionDocument s = new SubscriptionDocument();
        s.id = String.format(Locale.ROOT, "%ssub-%05d", PREFIX, i);
        s.organizationId = org.id();
        s.partnerKind = org.kind();
        s.country = org.country();
        s.ownerUserId = PREFIX + org.id() + "-user";
        s.name = "Interest " + i + " of " + org.name();
        s.modes = List.copyOf(profile.modes());
        s.sectors = List.copyOf(profile.sectors());
        s.countries = List.copyOf(profile.countries());
        s.languages = List.copyOf(profile.languages());
        s.keywords = List.copyOf(profile.keywords());
        s.minimumScore = profile.minimumScore();
        s.sse = true;
        s.dailyCap = 50;
        s.contact = contact(org);
        s.status = random.nextDouble() < 0.9 ? SubscriptionStatus.ACTIVE : SubscriptionStatus.PAUSED;
        s.pausedReason = s.status == SubscriptionStatus.PAUSED ? "paused by its owner" : null;
        s.revision = 1;
        s.createdAt = created;
        s.updatedAt = created;
        s.version = 0L;
        return s;
    }

    private static OfferDocument offer(int i, PartnerProfile profile, Org org, Instant created, Random random) {
        OfferDocument o = new OfferDocument();
        o.id = String.format(Locale.ROOT, "%soffer-%05d", PREFIX, i);
        o.organizationId = org.id();
        o.createdBy = PREFIX + org.id() + "-user";
        o.partnerKind = org.kind();
        o.country = org.country();
        String words = String.join(" ", profile.keywords());
        o.title = Map.of("en", "Offer " + i + ": " + words, "zh", "合作机会 " + i);
        o.description = Map.of("en", org.name() + " offers places for trainees and teachers: " + words);
        o.modes = List.copyOf(profile.modes());
        o.sectors = List.copyOf(profile.sectors());
        o.countries = List.of(org.country());
        o.languages = List.copyOf(profile.languages());
        o.keywords = List.copyOf(profile.keywords());
        o.students = 5 + random.nextInt(60);
        o.contact = contact(org);
        o.status = random.nextDouble() < 0.92 ? OfferStatus.OPEN : OfferStatus.WITHDRAWN;
        o.expiresOn = LocalDate.ofInstant(created, ZoneOffset.UTC).plusYears(2);
        o.revision = 1;
        o.createdAt = created;
        o.updatedAt = created;
        o.version = 0L;
        return o;
    }

    private static NeedDocument need(int i, NeedProfile profile, Org college, Instant posted, Random random) {
        NeedDocument n = new NeedDocument();
        n.id = String.format(Locale.ROOT, "%sneed-%06d", PREFIX, i);
        n.organizationId = college.id();
        n.createdBy = PREFIX + college.id() + "-staff";
        n.province = college.province();
        n.title = Map.of("zh", "合作需求 " + i, "en", profile.text().substring(0, Math.min(120,
                profile.text().indexOf(" 职业"))));
        n.description = Map.of("en", profile.text());
        n.modes = List.copyOf(profile.modes());
        n.sectors = List.copyOf(profile.sectors());
        n.countries = List.copyOf(profile.countries());
        n.languages = List.copyOf(profile.languages());
        n.partnerKinds = profile.partnerKinds().stream().map(Enum::name).sorted().toList();
        n.students = profile.students();
        n.teachers = profile.teachers();
        LocalDate day = LocalDate.ofInstant(posted, ZoneOffset.UTC);
        n.periodStart = day.plusMonths(3).withDayOfMonth(1);
        n.periodEnd = n.periodStart.plusMonths(6);
        n.expiresOn = day.plusYears(2);
        n.contact = contact(college);
        n.intermediaryWelcome = random.nextInt(5) == 0;
        n.status = random.nextDouble() < 0.05 ? NeedStatus.WITHDRAWN : NeedStatus.OPEN;
        n.revision = 1;
        n.createdAt = posted;
        n.updatedAt = posted;
        n.version = 0L;
        return n;
    }

    /** A suggested match as the matching service stores one, decided by both sides for some. */
    private static MatchDocument match(NeedDocument need, SubscriptionDocument subscription, ScoredMatch scored,
                                       Instant at, Random random) {
        String id = UUID.nameUUIDFromBytes((need.id + "|subscription:" + subscription.id)
                .getBytes(StandardCharsets.UTF_8)).toString();
        MatchDocument match = ServiceShapes.newMatch(id, need, subscription, scored, at);
        double draw = random.nextDouble();
        Instant decided = at.plus(Duration.ofHours(2 + random.nextInt(240)));
        if (draw < 0.15) {
            match.status = MatchStatus.ACCEPTED;
            match.college = new MatchDocument.Decision("ACCEPTED", need.createdBy, null, null, decided);
            match.partner = new MatchDocument.Decision("ACCEPTED", subscription.ownerUserId, null, null,
                    decided.plus(Duration.ofHours(5)));
            match.updatedAt = match.partner.at();
        } else if (draw < 0.25) {
            match.status = MatchStatus.DECLINED;
            match.partner = new MatchDocument.Decision("DECLINED", subscription.ownerUserId, "CAPACITY_MISMATCH",
                    "no places this term", decided);
            match.updatedAt = decided;
        }
        match.version = 0L;
        return match;
    }

    static Contact contact(Org org) {
        return new Contact("Contact of " + org.id(), org.id().replace("org-", "contact@") + ".example", null);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (name.contains("=")) {
                options.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }
}
