package org.coop.matchmaking;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.coop.platform.test.architecture.ServiceArchitecture;

/**
 * The platform's architecture rules (docs/service-guide.md, "Architecture rules"). Frozen: the
 * matching and notify features still read the needs', offers', subscriptions' and matches' stored
 * documents and the matching use case still queries Mongo itself; those violations are listed in
 * {@code src/test/resources/archunit_store} until the flat features get their ports (issue 11).
 * Any violation not listed there fails.
 */
@AnalyzeClasses(packages = "org.coop.matchmaking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule serviceArchitecture =
            FreezingArchRule.freeze(ServiceArchitecture.of("org.coop.matchmaking").rules());
}
