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
 * every row the default market reproduces keeps passing, so that a change to the defaults or the
 * mechanisms cannot lose a published generalisation unnoticed. The two rows it does not yet
 * reproduce (customer value by channel, docs/validation.md) are findings, listed here by name:
 * when one starts to pass, take it off the list.
 */
@Tag("validation")
class FactsSuiteTest {
    /** Findings the default market does not reproduce yet (issue 13's open rows). */
    private static final List<String> NOT_YET_REPRODUCED = List.of(
            "Word-of-mouth customers worth more", "Referred customers worth more");

    @Test
    void everyFactIsMeasuredOnEveryReplication() {
        List<FactResult> rows = new Facts(Facts.DEFAULT_REPLICATIONS, Runtime.getRuntime().availableProcessors())
                .run(title -> System.err.println("facts: " + title));
        assertEquals(7, rows.size());
        for (FactResult row : rows) {
            assertEquals(Facts.DEFAULT_REPLICATIONS, row.model().n(), row.finding());
            assertTrue(row.model().low() <= row.model().mean() && row.model().mean() <= row.model().high(), row.finding());
            assertTrue(!row.why().isBlank(), row.finding());
            if (NOT_YET_REPRODUCED.stream().noneMatch(row.finding()::startsWith)) {
                assertTrue(row.passed(), row.finding() + ": " + row.model().mean() + " outside its band");
            }
        }
    }
}
