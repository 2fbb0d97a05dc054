package dev.rapport.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The large-N cases (Bass N = 100,000, ring N = 200,000, 20,000 cascades, ...): minutes on
 * two cores, so only the validation profile runs them
 * ({@code mvn -Pvalidation -pl simulator -am verify}). One test per result row; every row must
 * pass, as {@code rapport selfcheck --full} requires.
 */
@Tag("validation")
class FullSuiteTest {
    @TestFactory
    Stream<DynamicTest> everyFullCasePasses() {
        List<CaseResult> results = new Suite(Suite.Size.FULL, Runtime.getRuntime().availableProcessors())
                .run(title -> System.err.println("validation: " + title));
        return results.stream().map(r -> DynamicTest.dynamicTest(r.name(), () ->
                assertTrue(r.passed(), () -> r.name() + ": expected " + r.comparison().prefix() + r.expected()
                        + ", observed " + r.observed() + ", tolerance " + r.tolerance() + " (" + r.basis() + ")")));
    }
}
