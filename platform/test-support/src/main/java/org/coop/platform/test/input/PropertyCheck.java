package org.coop.platform.test.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over generated cases on the JUnit Platform, as an ordinary Jupiter test: each
 * try draws its case from a {@link Random} seeded by the run's seed and the try's number, so any
 * failing case can be drawn again. A failure report lists up to three failing cases, each with its
 * try number, and the seed.
 *
 * <p>{@code -Dcoop.property.tries=N} changes the number of tries (default {@value #DEFAULT_TRIES},
 * kept small so {@code ./mvnw verify} stays quick); {@code -Dcoop.property.seed=S} repeats a run.
 * Cases are single mutations of a valid example, so a failing case is already small: there is no
 * shrinking.
 */
public final class PropertyCheck {

    public static final int DEFAULT_TRIES = 40;
    private static final int REPORTED_FAILURES = 3;

    private PropertyCheck() {
    }

    public static int tries() {
        return Integer.getInteger("coop.property.tries", DEFAULT_TRIES);
    }

    /** Checks {@code property} for {@link #tries()} cases drawn by {@code cases}. */
    public static <T> void forAll(String name, Function<Random, T> cases, Consumer<T> property) {
        long seed = Long.getLong("coop.property.seed", new Random().nextLong());
        int tries = tries();
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < tries && failures.size() < REPORTED_FAILURES; attempt++) {
            T example = cases.apply(new Random(seed + attempt));
            try {
                property.accept(example);
            } catch (AssertionError | RuntimeException failure) {
                failures.add("try " + attempt + ": " + example + "\n    "
                        + String.valueOf(failure.getMessage()).strip().replace("\n", "\n    "));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(name + " does not hold (the first " + failures.size()
                    + " failing cases); repeat with -Dcoop.property.seed=" + seed + "\n  "
                    + String.join("\n  ", failures));
        }
    }
}
