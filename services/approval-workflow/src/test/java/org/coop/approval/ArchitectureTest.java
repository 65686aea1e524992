package org.coop.approval;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.coop.platform.test.architecture.ServiceArchitecture;

/** The platform's architecture rules (docs/service-guide.md, "Architecture rules"). */
@AnalyzeClasses(packages = "org.coop.approval", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule serviceArchitecture = ServiceArchitecture.of("org.coop.approval").rules();
}
