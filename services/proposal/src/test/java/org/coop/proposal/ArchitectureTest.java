package org.coop.proposal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.coop.platform.events.CooperationModel;

/**
 * The domain is plain Java: it knows the JDK, the domain and the platform's cooperation-model
 * enum, nothing of Spring, Mongo, Kafka or Jackson; the use cases do not reach into adapters.
 */
@AnalyzeClasses(packages = "org.coop.proposal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdkAndTheDomain = classes()
            .that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "..proposal..domain..")
                    .or(type(CooperationModel.class)));

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoAdapters = classes()
            .that().resideInAPackage("..application..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("..adapter..");
}
