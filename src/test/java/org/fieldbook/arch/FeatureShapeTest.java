package org.fieldbook.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape every feature follows (see the README's Architecture section), enforced on the compiled main classes:
 * <ul>
 *   <li>no dependency cycle between the top-level packages {@code org.fieldbook.*};</li>
 *   <li>a {@code ui} package may depend on its feature, never the reverse: no class outside {@code ..ui..} (and
 *       outside the wiring, {@code app}) depends on a {@code ..ui..} package;</li>
 *   <li>no feature depends on another feature's {@code ui} (shared widgets live in {@code support.ui});</li>
 *   <li>JavaFX only in {@code ..ui..} packages and in {@code app}; no {@code java.sql} in {@code ..ui..};</li>
 *   <li>only {@code app} knows {@code app};</li>
 *   <li>no static mutable state outside the short allow-list below.</li>
 * </ul>
 * Each of these rules failed on the code before the packages were moved (figures in the architecture issue's note);
 * finer rules on the store, the sync engine and personal data follow them.
 */
class FeatureShapeTest {
    private static JavaClasses classes;

    /**
     * Static state that is mutable on purpose, each with its reason. Keep this list short.
     */
    static final Set<String> STATIC_STATE_ALLOWED = Set.of(
            // JavaFX user-agent stylesheet installed once per JVM, and the theme currently shown (a JVM-wide JavaFX setting)
            "org.fieldbook.support.ui.Theme.INSTALLED",
            "org.fieldbook.support.ui.Theme.CURRENT",
            // Application.launch builds the application object itself: the parsed command line and the workspace
            // already being opened are handed from launchWindow to start() through these, once
            "org.fieldbook.app.ui.FieldbookApp.opening",
            "org.fieldbook.app.ui.FieldbookApp.launching");

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fieldbook");
    }

    /** The imported class graph is large; let it go so later tests in the same JVM (the window tests) have the heap. */
    @AfterAll
    static void release() {
        classes = null;
    }

    static ArchRule noCyclesBetweenTopLevelPackages() {
        return slices().matching("org.fieldbook.(*)..").namingSlices("$1").should().beFreeOfCycles();
    }

    static ArchRule onlyUiAndTheWiringDependOnUi() {
        return noClasses().that().resideOutsideOfPackages("..ui..", "org.fieldbook.app..")
                .should().dependOnClassesThat().resideInAPackage("..ui..");
    }

    static ArchRule noFeatureDependsOnAnotherFeaturesUi() {
        return noClasses().that().resideInAPackage("org.fieldbook..").and().resideOutsideOfPackage("org.fieldbook.app..")
                .should(dependOnAnotherFeaturesUi());
    }

    static ArchRule javafxOnlyInUiAndApp() {
        return noClasses().that().resideOutsideOfPackages("..ui..", "org.fieldbook.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..");
    }

    static ArchRule noSqlInUi() {
        return noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().resideInAPackage("java.sql..");
    }

    static ArchRule onlyAppKnowsApp() {
        return noClasses().that().resideOutsideOfPackage("org.fieldbook.app..")
                .should().dependOnClassesThat().resideInAPackage("org.fieldbook.app..");
    }

    static ArchRule noStaticMutableState() {
        return fields().that().areStatic().and(notAllowListed()).and(notCompilerMade())
                .should(beImmutableState()).allowEmptyShould(true);
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        noCyclesBetweenTopLevelPackages().check(classes);
    }

    @Test
    void aFeatureNeverDependsOnUi() {
        onlyUiAndTheWiringDependOnUi().check(classes);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesUi() {
        noFeatureDependsOnAnotherFeaturesUi().check(classes);
    }

    @Test
    void javafxOnlyInUiPackagesAndTheWiring() {
        javafxOnlyInUiAndApp().check(classes);
    }

    @Test
    void uiCodeUsesNoSql() {
        noSqlInUi().check(classes);
    }

    @Test
    void onlyTheWiringKnowsTheWiring() {
        onlyAppKnowsApp().check(classes);
    }

    @Test
    void noStaticMutableStateOutsideTheAllowList() {
        noStaticMutableState().check(classes);
    }

    /**
     * One runner for all work off the FX thread: views and view models start no thread and build no executor of their
     * own; they use the window's {@code support.ui.Background} (its ordered queues, its timer). The application's
     * start-up, which opens the workspace before any window exists, is the one other place.
     */
    static ArchRule uiStartsNoThreadOfItsOwn() {
        return noClasses().that().resideInAPackage("..ui..")
                .and().doNotHaveFullyQualifiedName("org.fieldbook.support.ui.Background")
                .and().doNotHaveFullyQualifiedName("org.fieldbook.app.ui.FieldbookApp")
                .should().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.base.DescribedPredicate.describe("java.util.concurrent.Executors",
                                        c -> c.getName().equals("java.util.concurrent.Executors")))))
                .because("all background work runs on the window's one runner, closed with the window");
    }

    @Test
    void viewsRunTheirWorkOnTheWindowsRunner() {
        uiStartsNoThreadOfItsOwn().check(classes);
    }

    /** One string facility: every message bundle is read through {@code support.Texts} (no fallback to the system's locale). */
    @Test
    void stringsAreReadThroughTheOneFacility() {
        noClasses().that().doNotHaveFullyQualifiedName("org.fieldbook.support.Texts")
                .should().callMethod(java.util.ResourceBundle.class, "getBundle", String.class)
                .orShould().callMethod(java.util.ResourceBundle.class, "getBundle", String.class, java.util.Locale.class)
                .orShould().callMethod(java.util.ResourceBundle.class, "getBundle", String.class, java.util.Locale.class,
                        java.util.ResourceBundle.Control.class)
                .orShould().callMethod(java.util.ResourceBundle.class, "getBundle", String.class, java.util.ResourceBundle.Control.class)
                .because("support.Texts is the one string facility, for the window, the command line, workbooks and reports")
                .check(classes);
    }

    // ---- finer layering rules (were LayerRulesTest): the store knows no feature; the sync engine's records, merge and
    // bag code, the declared schema and the personal-data feature know no window toolkit; the sync engine reaches
    // neither into the wiring nor into any view

    @Test
    void theStoreKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.fieldbook.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.visit..", "org.fieldbook.note..",
                        "org.fieldbook.index..", "org.fieldbook.profile..", "org.fieldbook.sync..", "org.fieldbook.person..",
                        "org.fieldbook.stakeholder..", "org.fieldbook.attachment..", "org.fieldbook.area..", "org.fieldbook.trash..",
                        "org.fieldbook.demo..", "org.fieldbook.support.ui..", "org.fieldbook.app..", "org.fieldbook.search..")
                .check(classes);
    }

    @Test
    void engineAndPersonalDataCodeUseNoWindowToolkit() {
        noClasses().that().resideInAnyPackage("org.fieldbook.store..", "org.fieldbook.sync.records..", "org.fieldbook.sync.merge..",
                        "org.fieldbook.sync.bag..", "org.fieldbook.sync.imports..", "org.fieldbook.sync.exports..", "org.fieldbook.person..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void personalDataDependsOnTheStoreOnly() {
        noClasses().that().resideInAPackage("org.fieldbook.person..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.sync..", "..ui..", "org.fieldbook.app..",
                        "org.fieldbook.visit..", "org.fieldbook.note..", "org.fieldbook.profile..")
                .check(classes);
    }

    @Test
    void theSyncEngineDoesNotReachIntoTheWiring() {
        noClasses().that().resideInAPackage("org.fieldbook.sync..").and().resideOutsideOfPackage("org.fieldbook.sync.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.app..", "..ui..")
                .check(classes);
    }

    // ---- helpers

    /** {@code org.fieldbook.app.ui.VisitView} → {@code visit}; {@code null} outside {@code org.fieldbook}. */
    static String feature(String packageName) {
        String prefix = "org.fieldbook.";
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isUi(String packageName) {
        return packageName.endsWith(".ui") || packageName.contains(".ui.");
    }

    private static ArchCondition<JavaClass> dependOnAnotherFeaturesUi() {
        return new ArchCondition<>("depend on another feature's ui package (shared widgets are in support.ui)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = feature(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    String other = feature(target);
                    boolean violates = other != null && isUi(target) && !other.equals(own) && !other.equals("support");
                    if (violates) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaField> notAllowListed() {
        return DescribedPredicate.describe("are not on the allow-list",
                field -> !STATIC_STATE_ALLOWED.contains(field.getOwner().getName() + "." + field.getName()));
    }

    private static DescribedPredicate<JavaField> notCompilerMade() {
        return DescribedPredicate.describe("are not made by the compiler",
                field -> !field.getName().startsWith("$") && !field.getModifiers().contains(JavaModifier.SYNTHETIC));
    }

    /** Collections and maps the JDK makes unmodifiable ({@code List.of}, {@code Stream.toList}, {@code Collections.unmodifiable…}). */
    private static boolean unmodifiable(Object value) {
        String name = value.getClass().getName();
        return name.startsWith("java.util.ImmutableCollections$") || name.startsWith("java.util.Collections$Unmodifiable")
                || name.startsWith("java.util.Collections$Empty") || name.startsWith("java.util.Collections$Singleton")
                || name.startsWith("java.util.KeyValueHolder");
    }

    /**
     * Static fields hold immutable state: final, no atomic holder, and a collection or map held in a static field is one
     * the JDK made unmodifiable (read from the initialised class, so a {@code new HashMap<>()} behind a {@code Map}
     * type is caught). Arrays are not checked.
     */
    private static ArchCondition<JavaField> beImmutableState() {
        return new ArchCondition<>("be final and hold no mutable collection, map, array or atomic holder") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                String name = field.getOwner().getName() + "." + field.getName();
                if (!field.getModifiers().contains(JavaModifier.FINAL)) {
                    events.add(SimpleConditionEvent.violated(field, name + " is static and not final"));
                    return;
                }
                JavaClass type = field.getRawType();
                if (type.isArray()) {
                    // an array's elements can be changed by anyone who reaches it; only an empty one is constant
                    Object array = read(field, name, events);
                    if (array != null && java.lang.reflect.Array.getLength(array) > 0) {
                        events.add(SimpleConditionEvent.violated(field, name + " is a static array (its elements can change):"
                                + " use List.of or an unmodifiable copy"));
                    }
                    return;
                }
                if (type.getName().startsWith("java.util.concurrent.atomic.") || type.getName().equals("java.lang.StringBuilder")
                        || type.getName().equals("java.lang.StringBuffer")) {
                    events.add(SimpleConditionEvent.violated(field, name + " is a static mutable " + type.getSimpleName()));
                    return;
                }
                if (!type.isAssignableTo(Collection.class) && !type.isAssignableTo(Map.class)) {
                    return;
                }
                Object value = read(field, name, events);
                if (value != null && !unmodifiable(value)) {
                    events.add(SimpleConditionEvent.violated(field, name + " holds a mutable " + value.getClass().getName()));
                }
            }
        };
    }

    /** The static field's value, or null (with a violation) when it cannot be read. */
    private static Object read(JavaField field, String name, ConditionEvents events) {
        try {
            Field reflected = field.reflect();
            reflected.setAccessible(true);
            return reflected.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            events.add(SimpleConditionEvent.violated(field, name + " could not be read to check it: " + e));
            return null;
        }
    }
}
