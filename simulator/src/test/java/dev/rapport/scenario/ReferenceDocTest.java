package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed docs stay true to the code. */
class ReferenceDocTest {
    @Test
    void scenarioReferenceMatchesTheRecords() throws IOException {
        String committed = Files.readString(Path.of("..", "docs", "scenario-reference.md"));
        assertEquals(ScenarioReference.markdown().strip(), committed.strip(),
                "docs/scenario-reference.md is stale: regenerate it with ./rapport schema --reference > docs/scenario-reference.md");
    }

    @Test
    void oddDocumentHasTheSevenSections() throws IOException {
        String odd = Files.readString(Path.of("..", "docs", "model-odd.md"));
        for (String section : new String[] {"Purpose and patterns", "Entities, state variables and scales",
                "Process overview and scheduling", "Design concepts", "Initialization", "Input data", "Submodels"}) {
            assertTrue(odd.contains("## ") && odd.contains(section), "ODD section " + section);
        }
    }
}
