package dev.rapport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapport init}: writes a commented starter scenario to edit. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a commented starter scenario NAME.yaml to edit.")
final class InitCommand implements Callable<Integer> {
    static final String TEMPLATE = "/rapport/starter-scenario.yaml";

    @Parameters(index = "0", paramLabel = "NAME", description = "Scenario name; the file is NAME.yaml.")
    String name;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to write it in (default: the current folder).")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new UserException("a scenario name uses letters, digits, '.', '_' and '-' (it becomes the file name), not '" + name + "'");
        }
        String fileName = name.endsWith(".yaml") ? name : name + ".yaml";
        Path file = dir.resolve(fileName);
        if (Files.exists(file) && !force) {
            throw new UserException(file + " already exists; choose another name or add --force");
        }
        String text;
        try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{name}}", name.replace(".yaml", ""));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("Wrote " + file + ". Check it with: rapport validate " + file
                + "   run it with: rapport run " + file);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
