package dev.rapport.report.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.report.ReportException;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a result file as a generic JSON tree, turning parse failures into {@link ReportException}s. */
public final class JsonFiles {

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @return the file's top-level object
     * @throws ReportException {@code MALFORMED_FILE} when the file is not a JSON object
     */
    public JsonNode readObject(Path file) {
        JsonNode node;
        try {
            node = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE,
                    file + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage()
                            + "; run `rapport run` again to rewrite it", e, file);
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE,
                    "cannot read " + file + ": " + e.getMessage(), e, file);
        }
        if (node == null || !node.isObject()) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE,
                    file + " should hold a JSON object; run `rapport run` again to rewrite it", file);
        }
        return node;
    }
}
