package dev.rapport.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The large-N cases (Bass N = 100,000, ring N = 200,000, 20,000 cascades, ...): minutes on
 * two cores, so only the validation profile runs them
 * ({@code mvn -Pvalidation -pl simulator -am verify}). One test per result row.
 *
 * <p>Rows in {@link #KNOWN_GAPS} are ones the model does not meet yet: {@code rapport selfcheck
 * --full} still reports them as FAIL and docs/validation.md ("Known limits") explains them. Here
 * they must stay within the stated distance of the expected value, so that the gap cannot grow
 * unnoticed; every other row must pass.
 */
@Tag("validation")
class FullSuiteTest {
    /** Row name to the largest |observed − expected| tolerated while the gap is open. */
    private static final Map<String, Double> KNOWN_GAPS = Map.of(
            // Weekly ticks lag daily ones in word-of-mouth growth (new speakers are heard from the
            // next tick on): measured 0.0023 against a 3-SE tolerance of 0.0015 (docs/validation.md).
            "Tick length: invest, trust at week 156, daily = weekly", 0.004);

    @TestFactory
    Stream<DynamicTest> everyFullCasePasses() {
        List<CaseResult> results = new Suite(Suite.Size.FULL, Runtime.getRuntime().availableProcessors())
                .run(title -> System.err.println("validation: " + title));
        return results.stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            Double gap = KNOWN_GAPS.get(r.name());
            if (gap == null) {
                assertTrue(r.passed(), () -> r.name() + ": expected " + r.comparison().prefix() + r.expected()
                        + ", observed " + r.observed() + ", tolerance " + r.tolerance() + " (" + r.basis() + ")");
            } else {
                double off = Math.abs(r.observed() - r.expected());
                assertTrue(off <= gap, () -> r.name() + " (a known gap): observed " + r.observed() + " is " + off
                        + " from " + r.expected() + ", more than the " + gap + " tolerated");
            }
        }));
    }
}
