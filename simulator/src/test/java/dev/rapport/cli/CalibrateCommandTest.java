package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport calibrate} as a user meets it: what it prints, how it refuses bad data, what it writes. */
class CalibrateCommandTest {
    private static final String FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml").toString();
    private static final String[] SMALL = {"--set", "population.size=300", "--set", "time.horizon_weeks=16",
            "--replications", "2", "--threads", "2", "-q"};

    private static Cli calibrate(Path out, Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("calibrate", FLAGSHIP));
        all.addAll(List.of(SMALL));
        all.addAll(List.of("--data", data.toString(), "--out", out.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void badDataExitTwoWithTheFileLineAndColumn(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("observed.csv");
        Files.writeString(data, "week,metric,value\n4,purchases,12\n8,purchasez,14\n");
        Cli cli = calibrate(tmp.resolve("out"), data, "--fit", "mechanisms.word_of_mouth.trial_rate=0.005:0.05");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains(data + ":3:3: metric: expected a metric of series.csv"), cli.err());
        assertTrue(cli.err().contains("did you mean purchases?"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertFalse(Files.exists(tmp.resolve("out")));

        Cli missing = calibrate(tmp.resolve("out"), tmp.resolve("none.csv"), "--fit",
                "mechanisms.word_of_mouth.trial_rate=0.005:0.05");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Cli badPath = calibrate(tmp.resolve("out"), data.resolveSibling("ok.csv"), "--fit", "mechanisms.word_of_mouth.trial=0:1");
        assertEquals(2, badPath.exitCode(), badPath.err());
    }

    @Test
    void aSmallCalibrationPrintsEachValueAndWritesAScenarioThatValidates(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("observed.csv");
        Files.writeString(data, "week,metric,value\n4,purchases,60\n8,purchases,70\n12,purchases,80\n16,purchases,85\n"
                + "16,customers,40\n");
        Path out = tmp.resolve("out");
        Cli cli = calibrate(out, data, "--fit", "mechanisms.word_of_mouth.trial_rate=0.005:0.05", "--evaluations", "6",
                "--profile-points", "3");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("mechanisms.word_of_mouth.trial_rate"), cli.out());
        assertTrue(cli.out().contains("95% interval"), cli.out());
        for (String file : List.of("calibration.csv", "profile.csv", "fit.csv", "trace.csv", "calibrated.yaml",
                "calibration.json", "manifest.json", "fit.png")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
        Cli valid = Cli.run("validate", out.resolve("calibrated.yaml").toString(), "--set", "population.size=300",
                "--set", "time.horizon_weeks=16");
        assertEquals(0, valid.exitCode(), valid.err() + valid.out());
        assertEquals(1 + 5, Files.readAllLines(out.resolve("fit.csv")).size());
    }
}
