package org.coop.platform.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The architecture rules every service follows, written once (docs/service-guide.md,
 * "Architecture rules"). A service applies them with one field in one test class:
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.coop.matchmaking", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule serviceArchitecture = ServiceArchitecture.of("org.coop.matchmaking").rules();
 * }
 * }</pre>
 * The layout they guard: {@code <root>.<feature>.{domain,application,adapter.{web,messaging,mongo}}};
 * classes directly in {@code <root>} are the composition root (application class, wiring, stream
 * functions) and may know every feature; {@code <root>.common} is the shared kernel.
 */
public final class ServiceArchitecture {

    /**
     * A feature's persistence: its stored shapes and the code that reads and writes them. Another
     * feature that needs the data asks through a port (an interface in its own application
     * package) that the owning feature implements, so a change of stored shape stays inside one
     * feature.
     */
    static final String PERSISTENCE_PACKAGE = "adapter.mongo";
    /**
     * The feature every feature may use, persistence included: shared stored parts (a base
     * document) and store helpers. It must not need any feature back (the cycle rules see to that).
     */
    public static final String SHARED_KERNEL = "common";
    static final String SPRING_DATA_DOCUMENT = "org.springframework.data.mongodb.core.mapping.Document";
    static final String SPRING_DATA_REPOSITORY = "org.springframework.data.repository.Repository";

    private final String root;
    private final Set<String> alsoAllowedInDomain;

    private ServiceArchitecture(String root, Set<String> alsoAllowedInDomain) {
        this.root = root;
        this.alsoAllowedInDomain = alsoAllowedInDomain;
    }

    /** The rules for the service whose classes live under {@code rootPackage} (e.g. {@code org.coop.approval}). */
    public static ServiceArchitecture of(String rootPackage) {
        if (rootPackage == null || rootPackage.isBlank() || rootPackage.endsWith(".")) {
            throw new IllegalArgumentException("a root package such as org.coop.approval, not '" + rootPackage + "'");
        }
        return new ServiceArchitecture(rootPackage, Set.of());
    }

    /**
     * Lets the domain use these plain-Java types from outside the service too (a shared enum of
     * the published language, say). Name each type: a whole package would let frameworks back in.
     */
    public ServiceArchitecture domainMayAlsoUse(Class<?>... types) {
        return new ServiceArchitecture(root, Stream.concat(alsoAllowedInDomain.stream(),
                Arrays.stream(types).map(Class::getName)).collect(Collectors.toUnmodifiableSet()));
    }

    /** All rules at once: the one field a service's architecture test declares. */
    public ArchRule rules() {
        return CompositeArchRule.of(domainIsPlainJava())
                .and(applicationKnowsNoAdaptersNorStores())
                .and(featuresAreFreeOfCycles())
                .and(packagesAreFreeOfCycles())
                .and(featuresKeepTheirPersistenceToThemselves());
    }

    /**
     * The domain depends on the JDK and on domain packages only: no Spring, Reactor, Mongo, Jackson,
     * Kafka, Micrometer, nor the service's own application or adapter code.
     */
    public ArchRule domainIsPlainJava() {
        DescribedPredicate<JavaClass> allowed = JavaClass.Predicates.resideInAnyPackage("java..", root + "..domain..")
                .or(DescribedPredicate.describe("one of " + alsoAllowedInDomain,
                        (JavaClass target) -> alsoAllowedInDomain.contains(target.getName())));
        return classes().that().resideInAPackage(root + "..domain..")
                .should().onlyDependOnClassesThat(allowed)
                .as("domain is plain Java: it depends on the JDK and on domain packages only")
                .because("the rules of the business are read and tested without Spring, Reactor, Mongo or Jackson");
    }

    /** Use cases talk to stores and the outside world through ports; adapters implement them. */
    public ArchRule applicationKnowsNoAdaptersNorStores() {
        return noClasses().that().resideInAPackage(root + "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..adapter..",
                        "org.springframework.data..", "com.mongodb..", "org.bson..")
                .as("application depends on no adapter package and no Spring Data or Mongo type")
                .because("use cases reach stores through ports (interfaces in application) that adapters implement");
    }

    /** Features may use each other one way; a cycle makes two features one that nobody can read alone. */
    public ArchRule featuresAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .as("features are free of cycles");
    }

    /**
     * Every package is a slice, so this also catches a cycle between a feature's layers
     * (domain → application → domain) and between sub-packages of one layer.
     */
    public ArchRule packagesAreFreeOfCycles() {
        return slices().matching(root + ".(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .as("packages are free of cycles");
    }

    /**
     * A feature does not use another feature's persistence: the classes in its
     * {@code adapter.mongo} package, and wherever they live its Spring Data documents
     * ({@code @Document}), repositories and the stored shapes named {@code *Document}. The shared
     * kernel ({@value #SHARED_KERNEL}) is the exception: its persistence is there to be shared.
     */
    public ArchRule featuresKeepTheirPersistenceToThemselves() {
        return classes().that().resideInAPackage(root + ".*..")
                .should(notUseAnotherFeaturesPersistence())
                .as("a feature does not reach into another feature's persistence"
                        + " (adapter.mongo, documents, repositories)");
    }

    private ArchCondition<JavaClass> notUseAnotherFeaturesPersistence() {
        return new ArchCondition<>("not use another feature's persistence") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> originFeature = featureOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = topLevel(dependency.getTargetClass().getBaseComponentType());
                    Optional<String> targetFeature = featureOf(target);
                    if (targetFeature.isPresent() && !targetFeature.equals(originFeature)
                            && !targetFeature.get().equals(SHARED_KERNEL) && isPersistence(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " (persistence of feature '" + targetFeature.get() + "')"));
                    }
                }
            }
        };
    }

    /** The first package below the root, or nothing for the composition root and for outside classes. */
    Optional<String> featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String below = name.substring(root.length() + 1);
        int dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }

    boolean isPersistence(JavaClass type) {
        String packageName = type.getPackageName();
        return packageName.endsWith("." + PERSISTENCE_PACKAGE) || packageName.contains("." + PERSISTENCE_PACKAGE + ".")
                || type.getSimpleName().endsWith("Document")
                || type.isAnnotatedWith(SPRING_DATA_DOCUMENT)
                || type.isAssignableTo(SPRING_DATA_REPOSITORY);
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
