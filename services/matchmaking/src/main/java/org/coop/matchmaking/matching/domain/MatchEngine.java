package org.coop.matchmaking.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coop.matchmaking.vocabulary.domain.SectorTree;

/**
 * The rules of a match and its score. A partner matches a need when all hard rules hold:
 * <ul>
 *   <li>the need looks for the partner's kind (enterprise, institution);</li>
 *   <li>modes: the partner accepts any, or the two share one;</li>
 *   <li>sectors: the partner accepts any, or a need sector is equal to, a parent of or a child of
 *       a partner sector;</li>
 *   <li>countries: the partner accepts any, or the two share one;</li>
 *   <li>periods overlap, where both sides give one;</li>
 * </ul>
 * and its score, the weighted mean of one value per {@link Criterion}, reaches the partner's
 * minimum. Languages, keywords and capacity only score. The same methods serve the indexed
 * path ({@link SubscriptionIndex}) and the exhaustive one ({@link ExhaustiveMatcher}).
 */
public final class MatchEngine {

    private final SectorTree sectors;
    private final Weights weights;
    private final double weightTotal;
    // the weights as plain fields: read for every candidate, a map lookup each would cost more than the scoring
    private final double modeWeight;
    private final double sectorWeight;
    private final double countryWeight;
    private final double languageWeight;
    private final double keywordWeight;
    private final double capacityWeight;
    private final Codes modeCodes = new Codes();
    private final Codes sectorCodes = new Codes();
    private final Codes countryCodes = new Codes();
    private final Codes languageCodes = new Codes();
    private final Codes keywordCodes = new Codes();
    /** relation[a][b] of sector ids: 0 none, 1 same, 2 a within b, 3 b within a; grown as sectors appear. */
    private volatile byte[][] sectorRelations = new byte[0][];

    public MatchEngine(SectorTree sectors, Weights weights) {
        this.sectors = Objects.requireNonNull(sectors);
        this.weights = Objects.requireNonNull(weights);
        double total = 0;
        for (Criterion criterion : Criterion.values()) {
            total += weights.weight(criterion);
        }
        this.weightTotal = total;
        this.modeWeight = weights.weight(Criterion.MODES);
        this.sectorWeight = weights.weight(Criterion.SECTORS);
        this.countryWeight = weights.weight(Criterion.COUNTRIES);
        this.languageWeight = weights.weight(Criterion.LANGUAGES);
        this.keywordWeight = weights.weight(Criterion.KEYWORDS);
        this.capacityWeight = weights.weight(Criterion.CAPACITY);
    }

    public SectorTree sectors() {
        return sectors;
    }

    public Weights weights() {
        return weights;
    }

    /** A need ready to be compared with many partners. */
    public PreparedNeed prepare(NeedProfile need) {
        return new PreparedNeed(need, mask(modeCodes, need.modes()), sectorIds(need.sectors()),
                mask(countryCodes, need.countries()), mask(languageCodes, need.languages()),
                new KeywordText(need.text()), keywordCodes.size());
    }

    /** A partner ready to be compared with many needs. */
    public PreparedPartner prepare(PartnerProfile partner) {
        // masks of 64 bits hold what was found: requests allow far fewer keywords and languages
        int[] keywords = partner.keywords().stream().map(KeywordText::normalize).filter(k -> !k.isEmpty())
                .distinct().limit(64).mapToInt(keywordCodes::id).toArray();
        int[] languages = ids(languageCodes, partner.languages());
        if (languages.length > 64) {
            languages = Arrays.copyOf(languages, 64);
        }
        int[] sectorIds = sectorIds(partner.sectors());
        return new PreparedPartner(partner, ids(modeCodes, partner.modes()), sectorIds,
                ids(countryCodes, partner.countries()), languages, keywords);
    }

    private static int[] ids(Codes codes, Set<String> values) {
        return values.stream().sorted().mapToInt(codes::id).toArray();
    }

    /** Membership bits of the values, by id; values no partner named yet get an id too (harmless). */
    private static long[] mask(Codes codes, Set<String> values) {
        int[] ids = values.stream().mapToInt(codes::id).toArray();
        long[] mask = new long[(Arrays.stream(ids).max().orElse(0) >> 6) + 1];
        for (int id : ids) {
            mask[id >> 6] |= 1L << id;
        }
        return mask;
    }

    private static boolean has(long[] mask, int id) {
        int word = id >> 6;
        return word < mask.length && (mask[word] & (1L << id)) != 0;
    }

    private int[] sectorIds(Set<String> values) {
        int[] ids = values.stream().sorted().mapToInt(sectorCodes::id).toArray();
        if (sectorCodes.size() > sectorRelations.length) {
            growSectorRelations();
        }
        return ids;
    }

    private synchronized void growSectorRelations() {
        int size = sectorCodes.size();
        if (size <= sectorRelations.length) {
            return;
        }
        byte[][] relations = new byte[size][size];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                String x = sectorCodes.code(a);
                String y = sectorCodes.code(b);
                relations[a][b] = (byte) (a == b ? 1 : sectors.isAncestor(y, x) ? 2 : sectors.isAncestor(x, y) ? 3 : 0);
            }
        }
        sectorRelations = relations;
    }

    /** Whether every hard rule holds, written as plainly as possible (the oracle's definition). */
    public boolean accepts(NeedProfile need, PartnerProfile partner) {
        if (!need.partnerKinds().contains(partner.kind())) {
            return false;
        }
        if (!partner.modes().isEmpty() && partner.modes().stream().noneMatch(need.modes()::contains)) {
            return false;
        }
        if (!partner.sectors().isEmpty() && partner.sectors().stream()
                .noneMatch(s -> need.sectors().stream().anyMatch(n -> sectors.areRelated(n, s)))) {
            return false;
        }
        if (!partner.countries().isEmpty() && partner.countries().stream().noneMatch(need.countries()::contains)) {
            return false;
        }
        return periodsOverlap(need, partner);
    }

    static boolean periodsOverlap(NeedProfile need, PartnerProfile partner) {
        if (need.start() == null || need.end() == null || partner.start() == null || partner.end() == null) {
            return true;
        }
        return !need.start().isAfter(partner.end()) && !partner.start().isAfter(need.end());
    }

    /** Hard rules, then score; empty when they fail or the score stays below the partner's minimum. */
    public Optional<ScoredMatch> evaluate(NeedProfile need, PartnerProfile partner) {
        if (!accepts(need, partner)) {
            return Optional.empty();
        }
        return Optional.ofNullable(score(prepare(need), prepare(partner)));
    }

    /**
     * Scores a pair the hard rules already accepted; null when below the partner's minimum score.
     * Runs for every candidate, so it allocates one object: what each criterion found (which value
     * of each side, which languages are missing, which keywords were found) is kept as indexes
     * and bit masks in the {@link ScoredMatch}, whose {@link ScoredMatch#reasons()} renders it.
     */
    public ScoredMatch score(PreparedNeed need, PreparedPartner partner) {
        return score(need, partner, partner.codes, 0);
    }

    /**
     * The same, reading the partner's values from {@code c} at {@code b} (laid out as
     * {@link PreparedPartner#codes}): the index keeps them side by side in one array, so scanning
     * candidates reads memory in order instead of chasing an object per candidate.
     */
    ScoredMatch score(PreparedNeed need, PreparedPartner partner, int[] c, int b) {
        int base = b + PreparedPartner.HEADER;
        int offsets = c[b];
        int sectorsAt = offsets & 0xff;
        int countriesAt = (offsets >>> 8) & 0xff;
        int languagesAt = (offsets >>> 16) & 0xff;
        int keywordsAt = offsets >>> 24;
        int end = c[b + 1] & 0xffff;
        int outcomes = 0;
        double sum = 0;

        int mode = -1;
        for (int i = 0; i < sectorsAt; i++) {
            if (has(need.modes, c[base + i])) {
                mode = i;
                break;
            }
        }
        Reason.Outcome modeOutcome = sectorsAt == 0 ? Reason.Outcome.OPEN
                : mode >= 0 ? Reason.Outcome.SAME : Reason.Outcome.NONE;
        sum += modeWeight * sharedValue(modeOutcome);
        outcomes |= modeOutcome.ordinal();

        int needSector = -1;
        int partnerSector = -1;
        Reason.Outcome sectorOutcome;
        int sectorCount = countriesAt - sectorsAt;
        if (sectorCount == 0) {
            sectorOutcome = Reason.Outcome.OPEN;
        } else {
            byte[][] relations = sectorRelations;
            sectorOutcome = Reason.Outcome.NONE;
            search:
            for (int n = 0; n < need.sectors.length; n++) {
                byte[] row = relations[need.sectors[n]];
                for (int s = 0; s < sectorCount; s++) {
                    byte relation = row[c[base + sectorsAt + s]];
                    if (relation == 1) {
                        sectorOutcome = Reason.Outcome.SAME;
                        needSector = n;
                        partnerSector = s;
                        break search;
                    }
                    if (relation != 0 && sectorOutcome == Reason.Outcome.NONE) {
                        sectorOutcome = relation == 2 ? Reason.Outcome.NEED_WITHIN_PARTNER
                                : Reason.Outcome.PARTNER_WITHIN_NEED;
                        needSector = n;
                        partnerSector = s;
                    }
                }
            }
        }
        sum += sectorWeight * sectorValue(sectorOutcome);
        outcomes |= sectorOutcome.ordinal() << 3;

        int country = -1;
        int countryCount = languagesAt - countriesAt;
        for (int i = 0; i < countryCount; i++) {
            if (has(need.countries, c[base + countriesAt + i])) {
                country = i;
                break;
            }
        }
        Reason.Outcome countryOutcome = countryCount == 0 ? Reason.Outcome.OPEN
                : country >= 0 ? Reason.Outcome.SAME : Reason.Outcome.NONE;
        sum += countryWeight * sharedValue(countryOutcome);
        outcomes |= countryOutcome.ordinal() << 6;

        long missingLanguages = 0;
        int commonLanguage = -1;
        int languageCount = keywordsAt - languagesAt;
        for (int i = 0; i < languageCount; i++) {
            if (has(need.languages, c[base + languagesAt + i])) {
                if (commonLanguage < 0) {
                    commonLanguage = i;
                }
            } else {
                missingLanguages |= 1L << i;
            }
        }
        Reason.Outcome languageOutcome = languageCount == 0 ? Reason.Outcome.UNKNOWN
                : missingLanguages == 0 ? Reason.Outcome.SAME
                : commonLanguage < 0 ? Reason.Outcome.NONE : Reason.Outcome.PARTIAL;
        sum += languageWeight * languageValue(languageCount, missingLanguages);
        outcomes |= languageOutcome.ordinal() << 9;

        long foundKeywords = 0;
        int keywordCount = end - keywordsAt;
        for (int i = 0; i < keywordCount; i++) {
            if (need.containsKeyword(c[base + keywordsAt + i], keywordCodes)) {
                foundKeywords |= 1L << i;
            }
        }
        sum += keywordWeight * keywordValue(keywordCount, foundKeywords);

        double capacity = capacityValue(need.profile, c[b + 2] & 0xffff, c[b + 2] >>> 16);
        sum += capacityWeight * (Double.isNaN(capacity) ? weights.noCapacity() : capacity);

        long tenThousandths = Math.round(sum / weightTotal * 10_000);
        if (tenThousandths < c[b + 3]) {
            return null;
        }
        double score = tenThousandths / 10_000.0;
        return new ScoredMatch(this, need, partner, score, outcomes, mode, needSector, partnerSector, country,
                commonLanguage, missingLanguages, foundKeywords, capacity);
    }

    private double sharedValue(Reason.Outcome outcome) {
        return outcome == Reason.Outcome.SAME ? 1.0 : outcome == Reason.Outcome.OPEN ? weights.openCriterion() : 0.0;
    }

    private double sectorValue(Reason.Outcome outcome) {
        return switch (outcome) {
            case SAME -> 1.0;
            case NEED_WITHIN_PARTNER, PARTNER_WITHIN_NEED -> weights.relatedSector();
            case OPEN -> weights.openCriterion();
            default -> 0.0;
        };
    }

    private double languageValue(int languages, long missing) {
        if (languages == 0) {
            return weights.openCriterion();
        }
        return (double) (languages - Long.bitCount(missing)) / languages;
    }

    private double keywordValue(int keywords, long found) {
        if (keywords == 0) {
            return weights.noKeywords();
        }
        return (double) Long.bitCount(found) / keywords;
    }

    /** Mean over students and teachers of min(1, offered / sought); NaN when nothing compares. */
    private static double capacityValue(NeedProfile need, int students, int teachers) {
        double total = 0;
        int compared = 0;
        if (need.students() != null && students > 0 && need.students() > 0) {
            total += Math.min(1.0, (double) students / need.students());
            compared++;
        }
        if (need.teachers() != null && teachers > 0 && need.teachers() > 0) {
            total += Math.min(1.0, (double) teachers / need.teachers());
            compared++;
        }
        return compared == 0 ? Double.NaN : total / compared;
    }

    /** Renders the reasons a {@link ScoredMatch} kept as codes. */
    List<Reason> reasons(ScoredMatch m) {
        PreparedNeed need = m.need;
        PreparedPartner partner = m.partner;
        Reason.Outcome[] outcomes = Reason.Outcome.values();
        List<Reason> reasons = new ArrayList<>(6);
        Reason.Outcome mode = outcomes[m.outcomes & 7];
        String modeValue = m.mode >= 0 ? modeCodes.code(partner.mode(m.mode)) : null;
        reasons.add(new Reason(Criterion.MODES, mode, sharedValue(mode), modeValue, modeValue, List.of()));
        Reason.Outcome sector = outcomes[(m.outcomes >> 3) & 7];
        reasons.add(new Reason(Criterion.SECTORS, sector, sectorValue(sector),
                m.needSector >= 0 ? sectorCodes.code(need.sectors[m.needSector]) : null,
                m.partnerSector >= 0 ? sectorCodes.code(partner.sector(m.partnerSector)) : null, List.of()));
        Reason.Outcome country = outcomes[(m.outcomes >> 6) & 7];
        String countryValue = m.country >= 0 ? countryCodes.code(partner.country(m.country)) : null;
        reasons.add(new Reason(Criterion.COUNTRIES, country, sharedValue(country), countryValue, countryValue,
                List.of()));
        Reason.Outcome language = outcomes[(m.outcomes >> 9) & 7];
        String common = m.commonLanguage >= 0 ? languageCodes.code(partner.language(m.commonLanguage)) : null;
        reasons.add(new Reason(Criterion.LANGUAGES, language, languageValue(partner.languageCount(), m.missingLanguages), common,
                common, pick(languageCodes, partner.codes, partner.languagesStart(), partner.languageCount(), m.missingLanguages, true)));
        if (partner.keywordCount() == 0) {
            reasons.add(new Reason(Criterion.KEYWORDS, Reason.Outcome.UNKNOWN, weights.noKeywords(), null, null,
                    List.of()));
        } else {
            List<String> found = pick(keywordCodes, partner.codes, partner.keywordsStart(), partner.keywordCount(), m.foundKeywords, true);
            List<String> notFound = pick(keywordCodes, partner.codes, partner.keywordsStart(), partner.keywordCount(), m.foundKeywords, false);
            Reason.Outcome outcome = notFound.isEmpty() ? Reason.Outcome.SAME
                    : found.isEmpty() ? Reason.Outcome.NONE : Reason.Outcome.PARTIAL;
            reasons.add(new Reason(Criterion.KEYWORDS, outcome, keywordValue(partner.keywordCount(), m.foundKeywords), null,
                    String.join(", ", found), notFound));
        }
        reasons.add(capacityReason(need.profile, partner.profile, m.capacity));
        return List.copyOf(reasons);
    }

    private static List<String> pick(Codes codes, int[] ids, int from, int count, long mask, boolean set) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (((mask >>> i) & 1L) == 1L == set) {
                picked.add(codes.code(ids[from + i]));
            }
        }
        return picked;
    }

    private Reason capacityReason(NeedProfile need, PartnerProfile partner, double value) {
        if (Double.isNaN(value)) {
            return new Reason(Criterion.CAPACITY, Reason.Outcome.UNKNOWN, weights.noCapacity(), null, null, List.of());
        }
        List<String> sought = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        if (need.students() != null && partner.students() != null && need.students() > 0) {
            sought.add(need.students() + " students");
            offered.add(partner.students() + " students");
        }
        if (need.teachers() != null && partner.teachers() != null && need.teachers() > 0) {
            sought.add(need.teachers() + " teachers");
            offered.add(partner.teachers() + " teachers");
        }
        return new Reason(Criterion.CAPACITY, value >= 1.0 ? Reason.Outcome.SAME : Reason.Outcome.PARTIAL, value,
                String.join(", ", sought), String.join(", ", offered), List.of());
    }


    /** A need with its values as id bit masks and its text indexed for keywords. */
    public static final class PreparedNeed {
        final NeedProfile profile;
        final long[] modes;
        final int[] sectors;
        final long[] countries;
        final long[] languages;
        final KeywordText text;
        /** by keyword id: 0 not looked up yet, 1 in the text, 2 not; many partners share keywords */
        private byte[] keywordAnswers;

        PreparedNeed(NeedProfile profile, long[] modes, int[] sectors, long[] countries, long[] languages,
                     KeywordText text, int keywords) {
            this.profile = profile;
            this.modes = modes;
            this.sectors = sectors;
            this.countries = countries;
            this.languages = languages;
            this.text = text;
            this.keywordAnswers = new byte[keywords];
        }

        boolean containsKeyword(int keyword, Codes codes) {
            if (keyword >= keywordAnswers.length) {
                keywordAnswers = java.util.Arrays.copyOf(keywordAnswers, Math.max(keyword + 1, codes.size()));
            }
            byte answer = keywordAnswers[keyword];
            if (answer == 0) {
                answer = text.contains(codes.code(keyword)) ? (byte) 1 : (byte) 2;
                keywordAnswers[keyword] = answer;
            }
            return answer == 1;
        }

        public NeedProfile profile() {
            return profile;
        }
    }

    /**
     * A partner with its values as ids (in code order, so reasons pick values the same way every
     * time), all in one array, and what scoring reads for every candidate in plain fields: a
     * candidate costs two memory reads, not one per criterion.
     */
    public static final class PreparedPartner {
        /**
         * codes[0]: where sectors, countries, languages and keywords start after the header, a byte
         * each; [1]: the end, and 1 << 16 when the partner gives a period; [2]: students | teachers
         * << 16; [3]: the minimum score in ten-thousandths, rounded up (scores are rounded to four
         * decimals, so comparing ten-thousandths decides exactly as comparing the scores).
         */
        static final int HEADER = 4;
        /** Per-criterion limits the packed header can hold; requests stay far below them. */
        static final int MAX_CODES = 255;

        final PartnerProfile profile;
        /** the header, then modes, sectors, countries, languages and keywords one after another */
        final int[] codes;
        final long startDay;
        final long endDay;

        PreparedPartner(PartnerProfile profile, int[] modes, int[] sectors, int[] countries, int[] languages,
                        int[] keywords) {
            this.profile = profile;
            int sectorsAt = modes.length;
            int countriesAt = sectorsAt + sectors.length;
            int languagesAt = countriesAt + countries.length;
            int keywordsAt = languagesAt + languages.length;
            int end = keywordsAt + keywords.length;
            if (end > MAX_CODES) {
                throw new IllegalArgumentException("a partner names at most " + MAX_CODES + " codes in all: "
                        + profile.id());
            }
            this.codes = new int[HEADER + end];
            System.arraycopy(modes, 0, codes, HEADER, modes.length);
            System.arraycopy(sectors, 0, codes, HEADER + sectorsAt, sectors.length);
            System.arraycopy(countries, 0, codes, HEADER + countriesAt, countries.length);
            System.arraycopy(languages, 0, codes, HEADER + languagesAt, languages.length);
            System.arraycopy(keywords, 0, codes, HEADER + keywordsAt, keywords.length);
            boolean period = profile.start() != null && profile.end() != null;
            int students = profile.students() == null ? 0 : Math.min(0xffff, Math.max(0, profile.students()));
            int teachers = profile.teachers() == null ? 0 : Math.min(0xffff, Math.max(0, profile.teachers()));
            codes[0] = sectorsAt | countriesAt << 8 | languagesAt << 16 | keywordsAt << 24;
            codes[1] = end | (period ? 1 << 16 : 0);
            codes[2] = students | teachers << 16;
            codes[3] = threshold(profile.minimumScore());
            this.startDay = period ? profile.start().toEpochDay() : Long.MIN_VALUE;
            this.endDay = period ? profile.end().toEpochDay() : Long.MAX_VALUE;
        }

        /** The least k with k / 10000.0 >= minimum: "score < minimum" is "ten-thousandths < k". */
        static int threshold(double minimum) {
            if (!(minimum > 0)) {
                return Integer.MIN_VALUE;
            }
            if (minimum > 1) {
                return Integer.MAX_VALUE;
            }
            int k = (int) Math.ceil(minimum * 10_000);
            while (k > 0 && (k - 1) / 10_000.0 >= minimum) {
                k--;
            }
            while (k / 10_000.0 < minimum) {
                k++;
            }
            return k;
        }

        public PartnerProfile profile() {
            return profile;
        }

        /** A start offset from the packed header: 0 sectors, 8 countries, 16 languages, 24 keywords. */
        private int at(int shift) {
            return (codes[0] >>> shift) & 0xff;
        }

        int mode(int i) {
            return codes[HEADER + i];
        }

        int sector(int i) {
            return codes[HEADER + at(0) + i];
        }

        int country(int i) {
            return codes[HEADER + at(8) + i];
        }

        int language(int i) {
            return codes[HEADER + at(16) + i];
        }

        int languageCount() {
            return at(24) - at(16);
        }

        int keywordCount() {
            return (codes[1] & 0xffff) - at(24);
        }

        int languagesStart() {
            return HEADER + at(16);
        }

        int keywordsStart() {
            return HEADER + at(24);
        }

        /** Whether the periods overlap where both sides give one (the hard rule, without boxing). */
        boolean overlaps(NeedProfile need) {
            if (need.start() == null || need.end() == null || startDay == Long.MIN_VALUE) {
                return true;
            }
            return need.start().toEpochDay() <= endDay && startDay <= need.end().toEpochDay();
        }
    }
}
