package dev.rapport.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.cli.RapportCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hidden-parameter exercise of docs/teaching.md: scenarios/stories/referrals-observed.csv is a
 * brand's quarterly sales, word-of-mouth acquisitions and customers, simulated from referrals.yaml
 * with a word-of-mouth trial rate the students are not told (one replication at another seed, as a
 * market is observed once), and {@code rapport calibrate} recovers it. Run here as the exercise's
 * command, smaller: 2,000 agents and 4 replications per candidate, 16 search and 7 profile candidates.
 */
class ReferralsCalibrationExerciseTest {
    /** The value the data were made with: the teacher's answer (docs/teaching.md, Teacher's notes). */
    private static final double HIDDEN_TRIAL_RATE = 0.033;
    private static final double LOW = 0.005;
    private static final double HIGH = 0.08;

    @Test
    void calibrateRecoversTheHiddenWordOfMouthTrialRate(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("calibrate");
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RapportCommand.newCommandLine(new PrintWriter(text, true), new PrintWriter(err, true)).execute(
                "calibrate", Path.of("..", "scenarios", "stories", "referrals.yaml").toString(),
                "--data", Path.of("..", "scenarios", "stories", "referrals-observed.csv").toString(),
                "--strategy", "advocates", "--fit", "mechanisms.word_of_mouth.trial_rate=" + LOW + ":" + HIGH,
                "--set", "population.size=2000", "--replications", "4", "--evaluations", "16",
                "--profile-points", "7", "--threads", "2", "-q", "--out", out.toString());
        assertEquals(0, code, err.toString());
        List<String> rows = Files.readAllLines(out.resolve("calibration.csv"));
        assertEquals("parameter,estimate,ci_low,ci_high,low,high,identified", rows.get(0));
        String[] row = rows.get(1).split(",");
        double estimate = Double.parseDouble(row[1]);
        double ciLow = Double.parseDouble(row[2]);
        double ciHigh = Double.parseDouble(row[3]);
        String where = "estimate " + estimate + " [" + ciLow + ", " + ciHigh + "]";
        // The tolerance is the run's own: the 95% profile-likelihood interval, whose cut allows for the
        // seed noise of the loss (its jackknife SE over the 4 replications). It must hold the hidden value...
        assertTrue(ciLow <= HIDDEN_TRIAL_RATE && HIDDEN_TRIAL_RATE <= ciHigh, where);
        // ...and be informative: identified, and narrower than a third of the range searched (measured:
        // 0.0127, a sixth), so that recovering the value is not merely the range.
        assertEquals("true", row[6], where);
        assertTrue(ciHigh - ciLow < (HIGH - LOW) / 3, where);
        // The default the students start from (0.02) lies outside it: the data say something.
        assertTrue(ciLow > 0.02, where);
    }
}
