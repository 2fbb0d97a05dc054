package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code rapport selfcheck} as a user runs it: the quick suite (every case of issue 4 at reduced
 * sizes, tolerances derived from those sizes) passes, prints its table on stdout and its progress
 * on stderr, and exits 0. The full sizes run in the validation profile (FullSuiteTest).
 */
class SelfcheckCommandTest {
    @Test
    void quickSuitePassesAndPrintsEveryCase() {
        Cli cli = Cli.run("selfcheck", "--quick", "--threads", "2");
        assertEquals(0, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.out().startsWith("| case "), cli.out());
        assertFalse(cli.out().contains("FAIL"), cli.out());
        for (String c : new String[] {"Bass complete mixing", "Bass, tick 1 week", "Bass on a ring", "random k-regular",
                "Independent cascade, triangle", "Independent cascade, star", "Independent cascade, path",
                "SIR well mixed", "Tick length: invest", "CLV", "Beta trust", "NPS"}) {
            assertTrue(cli.out().contains(c), c + " missing from\n" + cli.out());
        }
        assertTrue(cli.err().contains("selfcheck: Bass"), cli.err());
    }

    @Test
    void quickAndFullExcludeEachOther() {
        Cli cli = Cli.run("selfcheck", "--quick", "--full");
        assertEquals(ExitCodes.USER_ERROR, cli.exitCode(), cli.err());
    }
}
