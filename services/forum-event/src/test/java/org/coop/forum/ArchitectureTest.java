package org.coop.forum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: it knows the JDK and the domain, nothing of Spring, Mongo, Kafka or Jackson. */
@AnalyzeClasses(packages = "org.coop.forum", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdkAndTheDomain = classes()
            .that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.coop.forum..domain..");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoAdapters = classes()
            .that().resideInAPackage("..application..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("..adapter..");
}
