package org.coop.proposal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.coop.platform.events.CooperationModel;
import org.coop.platform.test.architecture.ServiceArchitecture;

/**
 * The platform's architecture rules (docs/service-guide.md, "Architecture rules"); the domain also
 * knows the published cooperation-model enum that proposals carry.
 */
@AnalyzeClasses(packages = "org.coop.proposal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule serviceArchitecture =
            ServiceArchitecture.of("org.coop.proposal").domainMayAlsoUse(CooperationModel.class).rules();
}
