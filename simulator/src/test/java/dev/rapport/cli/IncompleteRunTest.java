package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.Outcome;
import dev.rapport.experiment.RunFailure;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failed run is reported with its replication, strategy and seed and the command that
 * reproduces it alone, exit code 1, stack trace only with --debug; an interrupted run says how many
 * replications are kept and how to resume, exit code 130. (ResumeTest checks the folder itself.)
 */
class IncompleteRunTest {
    private static final Outcome FAILED = new Outcome(null, List.of(0, 1, 3),
            List.of(new Outcome.Failed(new RunFailure(2, "invest", 987654321L, "java.lang.IllegalStateException: bad tie"),
                    new IllegalStateException("bad tie"))), false, false);

    @Test
    void aFailedRunIsReportedWithItsSeedAndHowToReproduceIt() {
        StringWriter err = new StringWriter();
        int code = IncompleteRun.failed(FAILED, Path.of("market.yaml"), Path.of("results", "m"), false, new PrintWriter(err));
        assertEquals(1, code);
        String text = err.toString();
        assertTrue(text.contains("1 run failed; the other 3 replication(s) are kept"), text);
        assertTrue(text.contains("replication 2, strategy 'invest', seed 987654321: java.lang.IllegalStateException: bad tie"), text);
        assertTrue(text.contains("rapport run market.yaml --only-replication 2"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void theStackTraceOnlyWithDebug() {
        StringWriter err = new StringWriter();
        IncompleteRun.failed(FAILED, Path.of("market.yaml"), Path.of("out"), true, new PrintWriter(err));
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void anUnfinishedForceRunSaysTheEarlierResultsAreUnchangedAndWhereItsOwnAre() {
        StringWriter err = new StringWriter();
        Outcome stopped = new Outcome(null, List.of(0), List.of(), true, false);
        int code = IncompleteRun.keptAside(stopped, Path.of("m.yaml"), 4, Path.of("out", ".r.partial-1"), Path.of("out", "r"),
                false, new PrintWriter(err));
        assertEquals(130, code);
        String text = err.toString();
        assertTrue(text.contains("the earlier results in " + Path.of("out", "r") + " are left unchanged"), text);
        assertTrue(text.contains("1 of 4 replications of this run finished and are kept in " + Path.of("out", ".r.partial-1")), text);
        assertTrue(text.contains("rapport run m.yaml --out " + Path.of("out", "r") + " --resume"), text);
    }

    @Test
    void anInterruptedRunSaysHowToResume() {
        StringWriter err = new StringWriter();
        Outcome stopped = new Outcome(null, List.of(0, 1), List.of(), true, false);
        assertEquals(130, IncompleteRun.interrupted(stopped, Path.of("m.yaml"), 10, Path.of("out"), new PrintWriter(err)));
        assertTrue(err.toString().contains("2 of 10 replications finished")
                && err.toString().contains("rapport run m.yaml --out out --resume"), err.toString());
    }
}
