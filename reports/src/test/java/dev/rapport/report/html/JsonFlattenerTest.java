package dev.rapport.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFlattenerTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void groupsByTopLevelKeyWithDottedPathsAndNamedListElements() throws Exception {
        JsonNode root = json("""
                {"name": "demo", "seeds": [1, 2, 3],
                 "population": {"size": 5000, "network": {"kind": "small-world", "k": 6}},
                 "strategies": [{"name": "spend", "budget": 1500000.0}, {"budget": 2.50}],
                 "empty": {}, "nothing": null}""");

        List<ParameterGroup> groups = new JsonFlattener().groups(root);

        assertEquals(List.of(
                new ParameterGroup("general", List.of(new ParameterRow("name", "demo"),
                        new ParameterRow("seeds", "1, 2, 3"), new ParameterRow("empty", "none"),
                        new ParameterRow("nothing", "none"))),
                new ParameterGroup("population", List.of(new ParameterRow("size", "5000"),
                        new ParameterRow("network.kind", "small-world"), new ParameterRow("network.k", "6"))),
                new ParameterGroup("strategies", List.of(new ParameterRow("[spend].name", "spend"),
                        new ParameterRow("[spend].budget", "1500000"), new ParameterRow("[1].budget", "2.5")))),
                groups);
    }
}
