package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.rapport.scenario.bind.SchemaWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks {@code rapport schema} with an independent JSON Schema validator: every scenario the
 * binder accepts must pass the schema (or editors would flag valid files), and the mistakes
 * editors should catch (unknown keys, wrong types, values out of range, unknown lever kinds) must
 * fail it.
 */
class SchemaConformanceTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaWriter.schema(Scenario.class, "Rapport scenario"));

    static Stream<Path> bundled() throws IOException {
        return BundledScenariosTest.scenarios();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledScenarioPassesTheSchema(Path file) throws IOException {
        Set<ValidationMessage> problems = SCHEMA.validate(YAML.readTree(file.toFile()));
        assertTrue(problems.isEmpty(), file + ": " + problems);
    }

    @Test
    void theStarterScenarioPassesTheSchema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/rapport/starter-scenario.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{name}}", "my-market");
            Set<ValidationMessage> problems = SCHEMA.validate(YAML.readTree(text));
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    @Test
    void moneyAsPeopleWriteItPassesTheSchemaAndOtherSuffixesFail() throws IOException {
        String plan = "name: x\nbrands:\n  - name: a\nstrategies:\n  - name: s\n    budget: %s\n    plan:\n      - {lever: advertising, budget_share: 0.5}\n";
        for (String ok : new String[] {"150k", "1.2M", "2bn", "150000", "1_000"}) {
            assertTrue(SCHEMA.validate(YAML.readTree(String.format(plan, ok))).isEmpty(), ok);
        }
        for (String bad : new String[] {"1.2m", "2B", "'5,000'", "€5k"}) {
            assertFalse(SCHEMA.validate(YAML.readTree(String.format(plan, bad))).isEmpty(), bad);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "population:\n  size: 100\n  sizee: 3\n",
        "population:\n  size: many\n",
        "population:\n  size: -5\n",
        "strategies:\n  - name: s\n    plan:\n      - {lever: advertsing, weeks: 1-4, per_week: 100}\n",
        "brands:\n  - name: a\n    quality: 1.5\n",
        "time:\n  horizon_weeks: [1, 2]\n",
    })
    void mistakesAnEditorShouldFlagFailTheSchema(String yaml) throws IOException {
        JsonNode tree = YAML.readTree("name: x\n" + yaml);
        assertFalse(SCHEMA.validate(tree).isEmpty(), "schema accepted:\n" + yaml);
    }
}
