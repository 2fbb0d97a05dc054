package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport report DIR_A DIR_B --compare} on two small real runs of the flagship, one with a
 * larger market: one page naming both, written into the first run's folder unless --out says; runs
 * of different horizons, one folder only and a format other than HTML are refused with exit 2.
 */
class CompareRunsTest {

    @TempDir
    static Path tmp;
    static Path small;
    static Path large;

    @BeforeAll
    static void run() {
        small = tmp.resolve("small-market");
        large = tmp.resolve("large-market");
        run(small, "market.potential=0.4", "time.horizon_weeks=20");
        run(large, "market.potential=0.6", "time.horizon_weeks=20");
    }

    private static void run(Path out, String... sets) {
        Cli run = Cli.run("run", "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q",
                "--replications", "2", "--set", "population.size=500", "--set", sets[0], "--set", sets[1]);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void twoRunsGiveOnePageNamingBoth() throws Exception {
        Cli compare = Cli.run("report", small.toString(), large.toString(), "--compare");
        assertEquals(0, compare.exitCode(), compare.err());
        Path page = small.resolve("report-compare.html");
        assertTrue(compare.out().contains(page.toAbsolutePath().toString()), compare.out());
        String html = Files.readString(page);
        assertTrue(html.contains("Comparing small-market and large-market"), "title names both runs");
        assertTrue(html.contains("id=\"compare-cumulative-profit\""), "a chart of the objective");
        // The template escapes the apostrophe.
        assertTrue(html.matches("(?s).*<figcaption>At week 20, large-market(&#39;|')s spend ends [0-9.]+% (above|below) "
                + "small-market(&#39;|')s \\([0-9,.]+ against [0-9,.]+\\).*"), "the caption sets the second run against the first");

        Cli again = Cli.run("report", small.toString(), large.toString(), "--compare");
        assertEquals(0, again.exitCode(), "its own page is replaced: " + again.err());
    }

    @Test
    void runsOfDifferentHorizonsAreRefused() {
        Path longer = tmp.resolve("longer");
        run(longer, "market.potential=0.4", "time.horizon_weeks=24");
        Path out = tmp.resolve("refused.html");
        Cli refused = Cli.run("report", small.toString(), longer.toString(), "--compare", "--out", out.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().startsWith("error: cannot compare "), refused.err());
        assertTrue(refused.err().contains("horizons differ: small-market ends at week 20, longer at week 24"), refused.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void oneFolderOrAnotherFormatIsRefused() {
        Cli one = Cli.run("report", small.toString(), "--compare", "--out", tmp.resolve("one.html").toString());
        assertEquals(2, one.exitCode(), one.err());
        assertTrue(one.err().contains("only " + small + " was given"), one.err());

        Cli pdf = Cli.run("report", small.toString(), large.toString(), "--compare", "--format", "pdf");
        assertEquals(2, pdf.exitCode(), pdf.err());
        assertTrue(pdf.err().contains("--compare writes an HTML page only"), pdf.err());

        Cli two = Cli.run("report", small.toString(), large.toString());
        assertEquals(2, two.exitCode(), two.err());
        assertTrue(two.err().contains("add --compare"), two.err());
    }

    @Test
    void aFileRapportDidNotWriteIsNotReplaced() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.html"), "<p>mine</p>");
        Cli refused = Cli.run("report", small.toString(), large.toString(), "--compare", "--out", notes.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertEquals("<p>mine</p>", Files.readString(notes));
    }
}
