package dev.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.rapport.model.MarketModel;
import dev.rapport.report.Reports;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers' boundaries (docs/design style: "the model knows nothing of its surroundings";
 * "reports read result tables, never model objects"), checked on the compiled classes of both
 * modules: the simulator's and, through its dependency, the reports module's.
 *
 * <p>Each rule refuses an empty selection ({@code allowEmptyShould(false)}), so a renamed package
 * fails the rule instead of passing it vacuously; and {@link #everyForbiddenPackageIsOneSomeClassDependsOn}
 * shows that every forbidden package pattern matches classes that are really depended on, so a
 * misspelt pattern cannot pass vacuously either.
 */
class ArchitectureTest {
    /** Libraries for reading files, command lines and drawing: the model uses none of them. */
    private static final List<String> IO_LIBRARIES = List.of(
            "com.fasterxml.jackson..", "picocli..", "org.jfree..", "java.awt..", "javax.swing..");
    /** The layers around the model: it runs the same whoever drives it and whoever reads its results. */
    private static final List<String> AROUND_THE_MODEL = List.of(
            "dev.rapport.cli..", "dev.rapport.experiment..", "dev.rapport.validation..", "dev.rapport.report..",
            "dev.rapport.gui..");
    /** The simulator's packages: the reports module reads result files, never these. */
    private static final List<String> SIMULATOR = List.of(
            "dev.rapport.model..", "dev.rapport.scenario..", "dev.rapport.experiment..", "dev.rapport.cli..",
            "dev.rapport.validation..", "dev.rapport.ties..", "dev.rapport.gui..");
    /** The layers that run simulations without a window: none of them may need the GUI (or MASON's display). */
    private static final List<String> HEADLESS_LAYERS = List.of(
            "dev.rapport.model..", "dev.rapport.scenario..", "dev.rapport.experiment..", "dev.rapport.validation..",
            "dev.rapport.ties..", "dev.rapport.report..");
    /** The GUI and MASON's display classes. */
    private static final List<String> WINDOWS = List.of("dev.rapport.gui..", "sim.display..", "sim.portrayal..");

    private static JavaClasses project;

    @BeforeAll
    static void importClasses() {
        // The two modules' compiled classes, read from where they were loaded: scanning the
        // whole class path for the package would read every library's jar as well.
        project = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(Set.of(home(MarketModel.class), home(Reports.class)));
    }

    /**
     * Where a class was loaded from: a classes folder when a module is built on its own, the
     * module's jar in a full build (Maven puts the reports jar on the simulator's class path).
     */
    private static Location home(Class<?> type) {
        try {
            URI uri = type.getProtectionDomain().getCodeSource().getLocation().toURI();
            return uri.getPath().endsWith(".jar") ? Location.of(URI.create("jar:" + uri + "!/")) : Location.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theModelUsesNoFileCommandLineOrDrawingLibrary() {
        forbid("dev.rapport.model..", IO_LIBRARIES)
                .because("the model runs headless and sees scenarios as plain records")
                .check(project);
    }

    @Test
    void theModelKnowsNothingOfTheLayersAroundIt() {
        forbid("dev.rapport.model..", AROUND_THE_MODEL)
                .because("the command line, experiments, validation and reports drive or read the model, not the reverse")
                .check(project);
    }

    @Test
    void theReportsKnowNothingOfTheSimulator() {
        forbid("dev.rapport.report..", SIMULATOR)
                .because("reports read result tables, never model objects")
                .check(project);
    }

    @Test
    void onlyTheCommandLineOpensWindows() {
        // rapport gui is the one entry to the GUI; everything else runs on a server without a display.
        for (String layer : HEADLESS_LAYERS) {
            forbid(layer, WINDOWS).because("only rapport gui needs a display").check(project);
        }
    }

    @Test
    void eachRuleSelectsClassesThatExist() {
        assertTrue(project.stream().anyMatch(c -> c.getPackageName().startsWith("dev.rapport.model")),
                "the model's classes are imported");
        assertTrue(project.stream().anyMatch(c -> c.getPackageName().startsWith("dev.rapport.report")),
                "the reports module's classes are imported");
        assertTrue(project.stream().anyMatch(c -> c.getPackageName().startsWith("dev.rapport.gui")),
                "the GUI's classes are imported");
        // A selection that matches nothing fails rather than passing: the guard against renamed packages.
        ArchRule overNothing = forbid("dev.rapport.no_such_package..", IO_LIBRARIES);
        assertThrows(AssertionError.class, () -> overNothing.evaluate(project), "a rule over no classes fails");
    }

    /** The same condition, over the whole code base, finds each forbidden package in use somewhere. */
    @ParameterizedTest
    @MethodSource("forbiddenPackages")
    void everyForbiddenPackageIsOneSomeClassDependsOn(String pattern) {
        // The GUI draws with Swing and MASON's display, so every pattern, those included, is live in the project.
        ArchRule anyone = noClasses().should().dependOnClassesThat().resideInAPackage(pattern).allowEmptyShould(false);
        EvaluationResult result = anyone.evaluate(project);
        assertTrue(result.hasViolation(), "some class depends on " + pattern + ", so the pattern is live");
        assertFalse(result.getFailureReport().getDetails().isEmpty(), "the violation is reported");
    }

    static Stream<String> forbiddenPackages() {
        return Stream.of(IO_LIBRARIES, AROUND_THE_MODEL, SIMULATOR, WINDOWS).flatMap(List::stream).distinct();
    }

    private static ArchRule forbid(String layer, List<String> packages) {
        return noClasses().that().resideInAPackage(layer)
                .should().dependOnClassesThat().resideInAnyPackage(packages.toArray(String[]::new))
                .allowEmptyShould(false);
    }
}
