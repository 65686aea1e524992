package org.coop.platform.test.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The shared rules judged on two small services in {@code fixture}: a tidy one that keeps every
 * rule and an untidy one that breaks each rule once on purpose. Each rule must pass the first and
 * name the deliberate violation in the second, so no rule can pass by matching nothing.
 */
class ServiceArchitectureTest {

    private static final String FIXTURE = "org.coop.platform.test.architecture.fixture";
    private static final String TIDY = FIXTURE + ".tidy";
    private static final String UNTIDY = FIXTURE + ".untidy";

    private final JavaClasses tidy = new ClassFileImporter().importPackages(TIDY);
    private final JavaClasses untidy = new ClassFileImporter().importPackages(UNTIDY);
    private final ServiceArchitecture untidyRules = ServiceArchitecture.of(UNTIDY);

    @Test
    void aServiceInTheLayoutKeepsEveryRule() {
        assertThatCode(() -> ServiceArchitecture.of(TIDY).rules().check(tidy)).doesNotThrowAnyException();
    }

    @Test
    void springInTheDomainBreaksTheDomainRule() {
        assertThatThrownBy(() -> untidyRules.domainIsPlainJava().check(untidy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("domain is plain Java")
                .hasMessageContaining(UNTIDY + ".order.domain.Order")
                .hasMessageContaining("org.springframework.stereotype.Component");
    }

    @Test
    void aDomainTypeNamedAsAllowedIsAccepted() {
        ServiceArchitecture allowingComponent = untidyRules
                .domainMayAlsoUse(org.springframework.stereotype.Component.class);
        assertThatCode(() -> allowingComponent.domainIsPlainJava().check(untidy)).doesNotThrowAnyException();
    }

    @Test
    void anApplicationReadingADocumentBreaksTheApplicationRule() {
        assertThatThrownBy(() -> untidyRules.applicationKnowsNoAdaptersNorStores().check(untidy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(UNTIDY + ".order.application.OrderService")
                .hasMessageContaining(UNTIDY + ".order.adapter.mongo.OrderDocument");
    }

    @Test
    void twoFeaturesUsingEachOtherAreACycle() {
        assertThatThrownBy(() -> untidyRules.featuresAreFreeOfCycles().check(untidy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("feature billing")
                .hasMessageContaining("feature shipping");
    }

    @Test
    void twoPackagesOfOneFeatureUsingEachOtherAreACycle() {
        assertThatThrownBy(() -> untidyRules.packagesAreFreeOfCycles().check(untidy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("package shipping.adapter.web")
                .hasMessageContaining("package shipping.adapter.messaging");
    }

    @Test
    void aFeatureReadingAnotherFeaturesDocumentBreaksThePersistenceRule() {
        assertThatThrownBy(() -> untidyRules.featuresKeepTheirPersistenceToThemselves().check(untidy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(UNTIDY + ".billing.adapter.web.InvoiceController")
                .hasMessageContaining("persistence of feature 'order'")
                // the order feature's own use of its document is not this rule's business
                .message().doesNotContain("OrderService");
    }

    @Test
    void allRulesTogetherReportEveryDeliberateViolation() {
        assertThatThrownBy(() -> untidyRules.rules().check(untidy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.springframework.stereotype.Component")
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("persistence of feature 'order'");
    }

    @Test
    void aRootPackageWithNoClassesFailsRatherThanPassing() {
        assertThatThrownBy(() -> ServiceArchitecture.of(FIXTURE + ".nowhere").rules().check(tidy))
                .isInstanceOf(AssertionError.class);
    }
}
