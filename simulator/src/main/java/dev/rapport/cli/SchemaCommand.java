package dev.rapport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.ScenarioReference;
import dev.rapport.scenario.bind.SchemaWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rapport schema}: the scenario format as JSON Schema, or as the Markdown reference. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the JSON Schema of scenario files, for editors' completion and checking.",
                "Editors: map it to *.yaml scenario files (e.g. VS Code's yaml.schemas setting)."})
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--reference", description = "Print the Markdown scenario reference instead (docs/scenario-reference.md).")
    boolean reference;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        String text = reference ? ScenarioReference.markdown()
                : ResultFiles.json().writeValueAsString(SchemaWriter.schema(Scenario.class, "Rapport scenario"));
        spec.commandLine().getOut().println(text);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
