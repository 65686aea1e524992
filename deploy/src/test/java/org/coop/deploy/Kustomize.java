package org.coop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with kubectl's built-in Kustomize ({@code kubectl kustomize DIR}), which needs no cluster.
 * Where kubectl is absent the rendering tests skip and say so; the checks that do not need rendering run anyway.
 */
final class Kustomize {

    private static final Map<Path, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Optional<Path> kubectl() {
        return Repo.onPath("kubectl");
    }

    static String whyNotRendered() {
        return "kubectl is not on the PATH, so the Kustomize overlays were not rendered here (install kubectl, "
                + "see docs/operations.md); the checks of the base's files still ran";
    }

    /** The objects the kustomization in {@code dir} renders to; rendered once per JVM. */
    static List<JsonNode> render(Path dir) {
        return RENDERED.computeIfAbsent(dir.toAbsolutePath().normalize(), Kustomize::run);
    }

    private static List<JsonNode> run(Path dir) {
        Path kubectl = kubectl().orElseThrow(() -> new IllegalStateException(whyNotRendered()));
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                        .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + dir + " failed: "
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return Repo.yamlDocuments(Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
