package org.coop.approval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A JFR recording of the measured phase alone, when {@code -Dbench.profile=FILE.jfr} (or the
 * launcher's {@code --profile=FILE.jfr}) asks for one: start-up and warm-up would otherwise fill
 * the profile with class loading and JIT work.
 */
final class BenchProfile {

    private static Recording recording;

    private BenchProfile() {
    }

    static synchronized void startIfAsked() {
        String file = System.getProperty("bench.profile");
        if (file == null || file.isBlank() || recording != null) {
            return;
        }
        try {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(5));
            recording.setDestination(Path.of(file));
            recording.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized void stop() {
        if (recording != null) {
            recording.stop();
            recording.close();
            recording = null;
        }
    }
}
