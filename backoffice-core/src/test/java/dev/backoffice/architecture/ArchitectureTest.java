package dev.backoffice.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of DESIGN.md that the compiler does not enforce, checked on the main classes of the
 * core module (tests are not imported).
 */
@AnalyzeClasses(packages = "dev.backoffice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "dev.backoffice";
    private static final String COMMON = "common";

    // ---------------------------------------------------------------------------------------------
    // The core is framework-free

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk_slf4j_and_bean_validation =
            classes().that().resideInAPackage("dev.backoffice..")
                    .should().onlyDependOnClassesThat()
                    .resideInAnyPackage("java..", "org.slf4j..", "jakarta.validation..", "dev.backoffice..")
                    .because("the core is framework-free: only slf4j-api and jakarta.validation-api (DESIGN.md, Modules)");

    @ArchTest
    static final ArchRule no_core_class_is_annotated_with_jakarta_persistence =
            noClasses().that().resideInAPackage("dev.backoffice..")
                    .should().beAnnotatedWith(fromPackage("jakarta.persistence"))
                    .orShould().beAnnotatedWith(fromPackage("javax.persistence"))
                    .because("JPA entities live only in backoffice-jpa; the domain stays free of annotations");

    @ArchTest
    static final ArchRule no_core_member_is_annotated_with_jakarta_persistence =
            noFields().should().beAnnotatedWith(fromPackage("jakarta.persistence"))
                    .orShould().beAnnotatedWith(fromPackage("javax.persistence"))
                    .allowEmptyShould(true)
                    .because("JPA mapping lives only in backoffice-jpa");

    @ArchTest
    static final ArchRule no_core_method_is_annotated_with_jakarta_persistence =
            noCodeUnits().should().beAnnotatedWith(fromPackage("jakarta.persistence"))
                    .orShould().beAnnotatedWith(fromPackage("javax.persistence"))
                    .allowEmptyShould(true)
                    .because("JPA mapping lives only in backoffice-jpa");

    @ArchTest
    static final ArchRule core_has_no_entity_classes =
            noClasses().that().resideInAPackage("dev.backoffice..")
                    .should().haveSimpleNameEndingWith("Entity")
                    .because("JPA entities live only in backoffice-jpa");

    // ---------------------------------------------------------------------------------------------
    // One hexagon per bounded context

    @ArchTest
    static final ArchRule domain_knows_nothing_of_application_api_or_adapters =
            noClasses().that().resideInAPackage("dev.backoffice.*.domain..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage("..application..", "..api..", "..inmemory..", "dev.backoffice.jpa..")
                    .because("a context's domain knows nothing of application, api types that wrap it, or adapters");

    @ArchTest
    static final ArchRule domains_of_contexts_do_not_depend_on_each_other =
            slices().matching("dev.backoffice.(*).domain..").namingSlices("domain of $1")
                    .should().notDependOnEachOther()
                    .allowEmptyShould(true)
                    .because("a context's domain never imports another context's domain; it calls the other's api "
                            + "or reacts to its events through posting");

    @ArchTest
    static final ArchRule posting_goes_through_the_ports_of_the_contexts =
            noClasses().that().resideInAPackage("dev.backoffice.posting..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage("..application..", "..inmemory..", "dev.backoffice.jpa..")
                    .because("posting is the bridge between contexts and accounts: it uses their api and spi "
                            + "(DESIGN.md), never their services or adapters");

    @ArchTest
    static final ArchRule no_context_depends_on_posting =
            noClasses().that().resideInAnyPackage("dev.backoffice.accounts..", "dev.backoffice.stock..",
                            "dev.backoffice.shipments..", "dev.backoffice.personnel..", "dev.backoffice.common..")
                    .should().dependOnClassesThat().resideInAPackage("dev.backoffice.posting..")
                    .because("the contexts reach posting only through their own ports; the root package wires it");

    @ArchTest
    static final ArchRule contexts_are_free_of_cycles =
            slices().assignedFrom(contextsExceptCommonAndRoot())
                    .should().beFreeOfCycles()
                    .allowEmptyShould(true)
                    .because("no cycles between contexts (DESIGN.md); the root package wires everything and is left out");

    @ArchTest
    static final ArchRule shared_kernel_depends_on_no_context =
            classes().that().resideInAPackage("dev.backoffice.common..")
                    .should().onlyDependOnClassesThat()
                    .resideInAnyPackage("java..", "org.slf4j..", "jakarta.validation..", "dev.backoffice.common..")
                    .because("the shared kernel is used by every context and must not know any of them");

    @ArchTest
    static final ArchRule ports_do_not_depend_on_application_or_adapters =
            noClasses().that().resideInAnyPackage("..api..", "..spi..")
                    .should().dependOnClassesThat().resideInAnyPackage("..application..", "..inmemory..")
                    .because("api and spi are the hexagon's ports; services and adapters depend on them, not the reverse");

    @ArchTest
    static final ArchRule ports_hold_only_contracts_and_data =
            classes().that().resideInAnyPackage("..api..", "..spi..")
                    .should(beAPortType())
                    .because("api and spi packages hold interfaces, records, enums, exceptions or final constant holders");

    // ---------------------------------------------------------------------------------------------
    // Naming and money

    @ArchTest
    static final ArchRule no_vague_class_names =
            noClasses().that().resideInAPackage("dev.backoffice..")
                    .should().haveSimpleNameEndingWith("Manager")
                    .orShould().haveSimpleNameEndingWith("Helper")
                    .orShould().haveSimpleNameEndingWith("Util")
                    .orShould().haveSimpleNameEndingWith("Utils")
                    .orShould().haveSimpleNameEndingWith("Impl")
                    .because("no Manager, Helper, Util, Impl suffixes where a real name exists (DESIGN.md, Naming)");

    @ArchTest
    static final ArchRule no_floating_point_fields_in_domain_or_shared_kernel =
            noFields().that().areDeclaredInClassesThat().resideInAnyPackage("dev.backoffice..domain..", "dev.backoffice.common..")
                    .should().haveRawType(double.class)
                    .orShould().haveRawType(float.class)
                    .orShould().haveRawType(Double.class)
                    .orShould().haveRawType(Float.class)
                    .orShould().haveRawType(double[].class)
                    .orShould().haveRawType(float[].class)
                    .because("money is exact: no double or float anywhere in amounts");

    // ---------------------------------------------------------------------------------------------

    private static DescribedPredicate<JavaAnnotation<?>> fromPackage(String packageName) {
        return new DescribedPredicate<>("an annotation from " + packageName) {
            @Override
            public boolean test(JavaAnnotation<?> annotation) {
                String name = annotation.getRawType().getPackageName();
                return name.equals(packageName) || name.startsWith(packageName + ".");
            }
        };
    }

    /** One slice per top-level package under dev.backoffice, except the shared kernel and the root package. */
    private static SliceAssignment contextsExceptCommonAndRoot() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                if (!pkg.startsWith(ROOT + ".")) {
                    return SliceIdentifier.ignore();
                }
                String context = pkg.substring(ROOT.length() + 1).split("\\.", 2)[0];
                return COMMON.equals(context) ? SliceIdentifier.ignore() : SliceIdentifier.of(context);
            }

            @Override
            public String getDescription() {
                return "contexts of dev.backoffice (without common and the root package)";
            }
        };
    }

    private static final Set<String> ALLOWED_PORT_KINDS = Set.of(
            "interface", "record", "enum", "exception", "constant holder", "builder nested in a record");

    /**
     * A type fit for a port package: an interface, record, enum or exception; a final class with a
     * private constructor and only static final fields (constants); or a final builder nested in a
     * record.
     */
    private static ArchCondition<JavaClass> beAPortType() {
        return new ArchCondition<>("be an interface, record, enum, exception or final constant holder") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String kind = kindOf(type);
                boolean ok = ALLOWED_PORT_KINDS.contains(kind);
                events.add(new SimpleConditionEvent(type, ok,
                        type.getName() + (ok ? " is " : " is not ") + "an allowed port type (" + kind + ")"));
            }
        };
    }

    private static String kindOf(JavaClass type) {
        if (type.isInterface() || type.isAnnotation()) {
            return "interface";
        }
        if (type.isRecord()) {
            return "record";
        }
        if (type.isEnum() || isEnumConstantBody(type)) {
            return "enum";
        }
        if (type.isAssignableTo(Throwable.class)) {
            return "exception";
        }
        boolean isFinal = type.getModifiers().contains(JavaModifier.FINAL);
        if (isFinal && type.getEnclosingClass().map(JavaClass::isRecord).orElse(false)) {
            return "builder nested in a record";
        }
        boolean onlyConstants = type.getFields().stream().allMatch(f ->
                f.getModifiers().containsAll(Set.of(JavaModifier.STATIC, JavaModifier.FINAL)));
        boolean noPublicConstructor = type.getConstructors().stream()
                .noneMatch(c -> c.getModifiers().contains(JavaModifier.PUBLIC));
        if (isFinal && onlyConstants && noPublicConstructor) {
            return "constant holder";
        }
        return "class with state";
    }

    private static boolean isEnumConstantBody(JavaClass type) {
        return type.getRawSuperclass().map(JavaClass::isEnum).orElse(false);
    }
}
