package org.coop.matchmaking.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.coop.matchmaking.matching.domain.NeedProfile;
import org.coop.matchmaking.matching.domain.PartnerProfile;
import org.coop.matchmaking.vocabulary.domain.PartnerKind;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;

/**
 * Subscriptions and needs of a realistic, skewed shape: a few countries (Vietnam, Thailand, Laos)
 * and sectors (manufacturing, tourism, agriculture) draw most interest, following a Zipf-like
 * law; some subscriptions leave criteria open; keywords come from a skewed word list. A
 * {@link Shape} sets how broad needs and subscriptions are, which decides how many match.
 */
final class SkewedData {

    /**
     * @param anyShare share of subscriptions leaving a criterion open
     * @param subscriptionValues most values a subscription names per criterion
     * @param needValues most values a need names per criterion
     * @param skew Zipf exponent: higher concentrates interest on the first values
     * @param needTail needs draw their values from this rank on (a rare corner of the data)
     */
    record Shape(String name, double anyShare, int subscriptionValues, int needValues, double skew, int needTail) {
    }

    /** About 1% of subscriptions match a need. */
    static final Shape BROAD = new Shape("broad (~1% match)", 0.02, 2, 1, 0.75, 0);
    /** About two subscriptions match a need. */
    static final Shape NARROW = new Shape("narrow (~2 match)", 0.0, 1, 1, 1.1, 8);

    static final List<String> COUNTRIES = List.of("VN", "TH", "LA", "MY", "ID", "KH", "MM", "PH", "SG", "BN", "TL",
            "IN", "BD", "LK", "NP", "MN", "KZ", "PK", "KR", "JP");
    static final List<String> LANGUAGES = List.of("zh", "en", "vi", "th", "lo", "ms", "id", "km", "my", "tl");
    static final List<String> WORDS = List.of("robot", "plc", "welding", "hotel", "nurse", "rail", "solar", "rice",
            "logistics", "chef", "cnc", "ev", "battery", "coffee", "rubber", "tea", "port", "ecommerce", "ai", "data",
            "cloud", "bridge", "tunnel", "hydropower", "grid", "elderly", "pharmacy", "tourism", "guide", "mandarin",
            "luban", "apprentice", "mechanic", "drone", "irrigation", "seed", "fishery", "textile", "garment", "mining");

    private final Random random;
    private final Shape shape;
    private final List<String> modes;
    private final List<String> sectors;
    /** Sectors without children: a college's need names what it teaches, not a whole field. */
    private final List<String> specificSectors;

    SkewedData(long seed, Shape shape, Vocabulary vocabulary) {
        this.random = new Random(seed);
        this.shape = shape;
        this.modes = vocabulary.codes(Vocabulary.Kind.MODE);
        this.sectors = vocabulary.codes(Vocabulary.Kind.SECTOR);
        this.specificSectors = sectors.stream()
                .filter(sector -> vocabulary.sectors().related(sector).size() == 1 + vocabulary.sectors()
                        .ancestors(sector).size())
                .toList();
    }

    PartnerProfile subscription(int i) {
        PartnerKind kind = random.nextDouble() < 0.7 ? PartnerKind.ENTERPRISE : PartnerKind.INSTITUTION;
        return new PartnerProfile("sub-" + i, kind,
                open() ? Set.of() : zipf(modes, 1, shape.subscriptionValues(), 0),
                open() ? Set.of() : zipf(sectors, 1, shape.subscriptionValues(), 0),
                open() ? Set.of() : zipf(COUNTRIES, 1, shape.subscriptionValues() + 1, 0),
                random.nextDouble() < 0.2 ? Set.of() : zipf(LANGUAGES, 1, 2, 0),
                new ArrayList<>(zipf(WORDS, 0, 3, 0)), null, null, null, null,
                0.45 + random.nextInt(4) * 0.05);
    }

    NeedProfile need(int i) {
        Set<PartnerKind> kinds = random.nextDouble() < 0.5 ? Set.of(PartnerKind.values())
                : Set.of(random.nextDouble() < 0.7 ? PartnerKind.ENTERPRISE : PartnerKind.INSTITUTION);
        Set<String> words = zipf(WORDS, 2, 8, 0);
        String text = "Cooperation need " + i + ": " + String.join(" ", words)
                + " 职业院校 合作 thực tập sinh training programme for students and teachers";
        return new NeedProfile("need-" + i, zipf(modes, 1, shape.needValues() + 1, shape.needTail() / 2),
                zipf(specificSectors, 1, shape.needValues(), Math.min(shape.needTail(), specificSectors.size() - 1)),
                zipf(COUNTRIES, 1, shape.needValues(), shape.needTail()),
                zipf(LANGUAGES, 1, 3, 0), kinds, 5 + random.nextInt(40), random.nextInt(4) == 0 ? 2 : null, null, null,
                text);
    }

    /**
     * A rank in [0, n) with the shape's Zipf weights: for organizations, a few big ones and a long
     * tail of small ones (the province-year's colleges and partners are drawn this way).
     */
    int rank(int n) {
        double total = 0;
        for (int rank = 1; rank <= n; rank++) {
            total += 1 / Math.pow(rank, shape.skew());
        }
        double r = random.nextDouble() * total;
        for (int rank = 1; rank <= n; rank++) {
            r -= 1 / Math.pow(rank, shape.skew());
            if (r <= 0) {
                return rank - 1;
            }
        }
        return n - 1;
    }

    /** The seeded source behind every draw, for choices that need no Zipf weights (statuses, dates). */
    Random random() {
        return random;
    }

    private boolean open() {
        return random.nextDouble() < shape.anyShare();
    }

    /** Between min and max distinct values, drawn with Zipf weights from rank {@code from} on. */
    private Set<String> zipf(List<String> values, int min, int max, int from) {
        int count = min + random.nextInt(max - min + 1);
        Set<String> picked = new HashSet<>();
        int n = values.size() - Math.min(from, values.size() - 1);
        double total = 0;
        for (int rank = 1; rank <= n; rank++) {
            total += 1 / Math.pow(rank, shape.skew());
        }
        int guard = 0;
        while (picked.size() < Math.min(count, n) && guard++ < 100) {
            double r = random.nextDouble() * total;
            for (int rank = 1; rank <= n; rank++) {
                r -= 1 / Math.pow(rank, shape.skew());
                if (r <= 0) {
                    picked.add(values.get(from + rank - 1));
                    break;
                }
            }
        }
        return picked;
    }
}
