package org.fieldbook.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finer layering rules beside {@link FeatureShapeTest}: the store knows no feature; the sync engine's records, merge
 * and bag code, the declared schema and the personal-data
 * feature know no window toolkit; the sync engine reaches neither into the wiring ({@code app}) nor into any view.
 */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fieldbook");
    }

    /** The imported class graph is large; let it go so later tests in the same JVM (the window tests) have the heap. */
    @AfterAll
    static void release() {
        classes = null;
    }

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
}
