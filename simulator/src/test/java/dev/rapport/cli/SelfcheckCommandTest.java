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

    @Test
    void factsCheckAVariantOfTheFlagshipWithSetAndRefuseABadKey() {
        Cli classic = Cli.run("selfcheck", "--quick", "--set", "mechanisms.price.enabled=false");
        assertEquals(ExitCodes.USER_ERROR, classic.exitCode(), classic.err());
        assertTrue(classic.err().contains("--set goes with --facts"), classic.err());
        Cli bad = Cli.run("selfcheck", "--facts", "--replications", "2", "--case", "price",
                "--set", "mechanisms.prise.enabled=false");
        assertEquals(ExitCodes.USER_ERROR, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("prise"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    @Test
    void factsTakeTheirOwnReplicationsAndExcludeTheOtherSuites() {
        assertEquals(ExitCodes.USER_ERROR, Cli.run("selfcheck", "--facts", "--full").exitCode());
        Cli one = Cli.run("selfcheck", "--facts", "--replications", "1");
        assertEquals(ExitCodes.USER_ERROR, one.exitCode(), one.err());
        assertTrue(one.err().contains("at least 2"), one.err());
        Cli without = Cli.run("selfcheck", "--quick", "--replications", "5");
        assertEquals(ExitCodes.USER_ERROR, without.exitCode(), without.err());
        assertTrue(without.err().contains("--replications goes with --facts"), without.err());
        Cli unknown = Cli.run("selfcheck", "--facts", "--case", "no such experiment");
        assertEquals(ExitCodes.USER_ERROR, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("Advertising elasticity"), unknown.err());
    }
}
