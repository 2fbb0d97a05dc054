package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D14: a name with terminal escapes or a NUL is refused before anything runs, and the refusal
 * shows the name escaped: nothing printed clears the screen, retitles the window or colours the
 * terminal, and no series.csv gets a NUL.
 */
class HiddenCharactersCliTest {
    private static final String SCENARIO = """
            name: hidden
            replications: 1
            time: {horizon_weeks: 4}
            population:
              size: 300
            brands:
              - name: acme
              - name: "bolt\\e]0;pwned\\a"
            strategies:
              - name: "\\e[2J\\e[31mspend\\e[0m"
              - name: "sp\\0end"
            """;

    @Test
    void d14_namesWithTerminalEscapesAreRefusedAndPrintedEscaped(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("hidden.yaml");
        Files.writeString(file, SCENARIO);
        for (String command : new String[] {"validate", "run"}) {
            Cli cli = command.equals("run")
                    ? Cli.run("run", file.toString(), "--out", tmp.resolve("out").toString(), "-q")
                    : Cli.run("validate", file.toString());
            assertEquals(2, cli.exitCode(), cli.err());
            String printed = cli.out() + cli.err();
            assertTrue(printed.codePoints().noneMatch(cp -> cp != '\n' && cp != '\r' && Character.isISOControl(cp)),
                    "no control character printed: " + printed.replace("\u001b", "<ESC>"));
            assertTrue(cli.err().contains("hidden.yaml:8:5: brands[1].name"), cli.err());
            assertTrue(cli.err().contains("\"\\e[2J\\e[31mspend\\e[0m\""), cli.err());
            assertTrue(cli.err().contains("\"sp\\0end\""), cli.err());
            assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
        }
        assertFalse(Files.exists(tmp.resolve("out")), "nothing ran");
    }
}
