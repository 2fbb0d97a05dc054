package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.experiment.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands as a user runs them. */
class CommandsTest {
    @Test
    void runWritesTheResultFolderAndPrintsTheHeadline(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("results");
        Cli cli = Cli.run("run", "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q",
                "--replications", "3", "--set", "population.size=500", "--set", "time.horizon_weeks=12", "--threads", "2");
        assertEquals(0, cli.exitCode(), cli.err());
        for (String f : new String[] {"series.csv", "summary.csv", "summary.json", "manifest.json", "scenario.json", "scenario.yaml"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(cli.out().contains("Leads on cumulative profit"), cli.out());
        assertTrue(cli.out().contains("Results in " + out.toAbsolutePath()), cli.out());
        JsonNode manifest = ResultFiles.json().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3, manifest.get("replications").asInt());
        assertEquals(3, manifest.get("replication_seeds").size());
        assertTrue(manifest.get("complete").asBoolean());
        assertEquals(64, manifest.get("scenario_sha256").asText().length());
        assertEquals("invest", manifest.get("strategies").get(1).get("kind").asText());
        assertTrue(manifest.get("overrides").toString().contains("population.size=500"));
    }

    @Test
    void validateDescribesAValidScenario() {
        Cli cli = Cli.run("validate", "../scenarios/spend-vs-invest.yaml");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("is valid") && cli.out().contains("3 strategies"), cli.out());
    }

    @Test
    void listShowsTheBundledScenarios() {
        Cli cli = Cli.run("list");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("spend-vs-invest.yaml") && cli.out().contains("Spend versus invest"), cli.out());
    }

    @Test
    void listShowsTheStoriesInTheirSubfolder() {
        Cli cli = Cli.run("list");
        assertEquals(0, cli.exitCode(), cli.err());
        for (String story : new String[] {"scenarios/stories/crisis.yaml", "A crisis on social media",
                "scenarios/stories/tribes.yaml", "scenarios/stories/premise.yaml", "Where the premise fails",
                "scenarios/stories/referrals.yaml", "scenarios/stories/engaged.yaml", "scenarios/stories/slow.yaml",
                "scenarios/stories/collaborative.yaml", "The collaborative brand: members, not consumers"}) {
            assertTrue(cli.out().contains(story), story + " in:\n" + cli.out());
        }
    }

    @Test
    void listGroupsTheScenariosByFolderAndWrapsTheirDescriptions() {
        String out = Cli.run("list").out();
        int examples = out.indexOf("Examples");
        int stories = out.indexOf("Stories:");
        int validation = out.indexOf("Validation cases");
        assertTrue(examples >= 0 && examples < stories && stories < validation, out);
        // Every story is listed under its heading, before the validation cases begin.
        int collaborative = out.indexOf("scenarios/stories/collaborative.yaml");
        assertTrue(stories < collaborative && collaborative < validation, out);
        assertTrue(out.indexOf("scenarios/spend-vs-invest.yaml") < stories, out);
        // A description is wrapped into indented lines, none wider than the listing's width.
        String[] lines = out.split("\\R");
        int described = 0;
        for (String line : lines) {
            if (line.startsWith("    ")) {
                described++;
                assertTrue(line.length() <= ListCommand.WIDTH, "too wide: " + line);
            }
        }
        assertTrue(described > lines.length / 2, out);
    }

    @Test
    void wrapKeepsEveryWordInOrderWithinTheWidth() {
        assertEquals(List.of("one two", "three", "four"), ListCommand.wrap(" one  two\nthree four ", 9));
        assertEquals(List.of("unbreakable", "a"), ListCommand.wrap("unbreakable a", 4));
        assertEquals(List.of(), ListCommand.wrap("  ", 10));
    }

    @Test
    void initWritesAStarterThatValidatesAndRefusesToOverwrite(@TempDir Path tmp) {
        Cli cli = Cli.run("init", "my-market", "--dir", tmp.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        Path file = tmp.resolve("my-market.yaml");
        assertTrue(Files.exists(file));
        assertEquals(0, Cli.run("validate", file.toString()).exitCode());
        Cli again = Cli.run("init", "my-market", "--dir", tmp.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void schemaIsJsonSchemaOfEveryTopLevelKey() throws IOException {
        Cli cli = Cli.run("schema");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode schema = ResultFiles.json().readTree(cli.out());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        JsonNode scenario = schema.get("$defs").get("Scenario");
        for (String key : new String[] {"name", "population", "network", "brands", "strategies", "events", "outputs", "mechanisms"}) {
            assertTrue(scenario.get("properties").has(key), key);
        }
        assertTrue(schema.get("$defs").get("LeverSpec").get("oneOf").size() >= 7);
    }

    @Test
    void theHelpListsGui() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("  gui "), help.out());
    }

    @Test
    void guiWithoutADisplaySaysSoPlainly() {
        // The tests run headless (surefire sets java.awt.headless), as a server without DISPLAY does.
        Cli cli = Cli.run("gui", "../scenarios/spend-vs-invest.yaml");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("rapport gui needs a display"), cli.err());
        assertTrue(cli.err().contains("xvfb-run"), cli.err());
        assertFalse(cli.err().contains("Exception"), "no stack trace: " + cli.err());
    }

    @Test
    void versionAndHelpOnEveryCommand() {
        for (String command : new String[] {"run", "validate", "verify", "list", "init", "schema", "gui"}) {
            Cli help = Cli.run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Usage: rapport " + command), help.out());
            Cli version = Cli.run(command, "--version");
            assertEquals(0, version.exitCode(), command);
            assertTrue(version.out().startsWith("rapport "), version.out());
        }
    }
}
