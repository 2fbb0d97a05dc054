package dev.rapport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code rapport selfcheck --facts} at its default size (minutes on two cores), so only the
 * validation profile runs it ({@code mvn -Pvalidation -pl simulator -am verify}). Every row is
 * measured (a value from every replication, an interval around it, a band with its reason), and
 * every row passes, so that a change to the defaults or the mechanisms cannot lose a published
 * generalisation unnoticed.
 */
@Tag("validation")
class FactsSuiteTest {
    @Test
    void everyFactIsMeasuredOnEveryReplication() {
        List<FactResult> rows = new Facts(Facts.DEFAULT_REPLICATIONS, Runtime.getRuntime().availableProcessors())
                .run(title -> System.err.println("facts: " + title));
        assertEquals(7, rows.size());
        for (FactResult row : rows) {
            assertEquals(Facts.DEFAULT_REPLICATIONS, row.model().n(), row.finding());
            assertTrue(row.model().low() <= row.model().mean() && row.model().mean() <= row.model().high(), row.finding());
            assertTrue(!row.why().isBlank(), row.finding());
            assertTrue(row.passed(), row.finding() + ": " + row.model().mean() + " outside its band");
        }
    }
}
