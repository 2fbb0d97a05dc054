package dev.rapport.scenario;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rapport.model.Metric;
import java.util.List;

/**
 * Jazzer fuzz tests of scenario loading: whatever the bytes (and whatever a {@code --set}
 * override), loading either succeeds or throws {@link ScenarioException}, a user error with a
 * message; any other exception is a finding.
 *
 * <p>In the default build these run in Jazzer's regression mode over the inputs in
 * {@code src/test/resources/dev/rapport/scenario/ScenarioLoaderFuzzTestInputs/} (a fixed set, fast).
 * To fuzz for real (one test per run; findings are written to that folder and become regression
 * cases):
 * {@code JAZZER_FUZZ=1 mvn -pl simulator -am test -Dtest=ScenarioLoaderFuzzTest#loadingBytes -Dsurefire.failIfNoSpecifiedTests=false}
 * (docs/hardening.md has the details).
 */
class ScenarioLoaderFuzzTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader(Metric.names());

    @FuzzTest(maxDuration = "5m")
    void loadingBytes(byte[] input) {
        try {
            LOADER.load(input, "fuzz.yaml", null, List.of());
        } catch (ScenarioException expected) {
            // a user error, reported with its location: the only acceptable failure
        }
    }

    @FuzzTest(maxDuration = "5m")
    void loadingTextWithAnOverride(FuzzedDataProvider data) {
        String override = data.consumeString(80);
        byte[] scenario = data.consumeRemainingAsBytes();
        try {
            LOADER.load(scenario, "fuzz.yaml", null, List.of(override));
        } catch (ScenarioException expected) {
            // a user error, reported with its location: the only acceptable failure
        }
    }
}
