package org.coop.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One running stack for the test classes that only use it (no restart, no crash), started by the
 * first that asks and stopped after the last test of the run: each further class costs its tests,
 * not another two-minute start. Its spans go to an in-memory OTLP receiver, and it logs each request
 * and event with its trace id. Ask for it as a parameter of a {@code @BeforeAll} method of a class
 * extended with {@link Resolver}.
 */
final class SharedStack implements AutoCloseable {

    final StackUnderTest stack;
    final OtlpReceiver collector;
    private final Path directory;

    private SharedStack(StackUnderTest stack, OtlpReceiver collector, Path directory) {
        this.stack = stack;
        this.collector = collector;
        this.directory = directory;
    }

    private static SharedStack start() {
        OtlpReceiver collector = null;
        try {
            collector = OtlpReceiver.start();
            Path directory = Files.createTempDirectory("coop-shared-stack");
            StackUnderTest stack = StackUnderTest.start(new StackUnderTest.StackPorts(), directory.resolve("data"),
                    directory.resolve("stack.log"), List.of(
                            "-Dmanagement.opentelemetry.tracing.export.otlp.endpoint=" + collector.tracesUrl(),
                            "-Dlogging.level.org.coop.platform.observability=DEBUG",
                            "-Dlogging.level.org.coop.platform.messaging.OutboxSendSpans=DEBUG"));
            SharedStack shared = new SharedStack(stack, collector, directory);
            try {
                stack.awaitReady();
            } catch (Exception | AssertionError e) {
                shared.close();
                throw e;
            }
            return shared;
        } catch (Exception e) {
            if (collector != null) {
                collector.close();
            }
            throw new IllegalStateException("the shared stack did not start", e);
        }
    }

    @Override
    public void close() throws Exception {
        try (OtlpReceiver receiver = collector) {
            stack.stopLikeCtrlC();
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is not a test failure
            }
        }
    }

    /** Resolves a {@link SharedStack} parameter: the run's one stack, started on first use. */
    static final class Resolver implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(SharedStack.class, key -> start(), SharedStack.class);
        }
    }
}
