package dev.rapport.report.html;

import dev.rapport.report.ReportException;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Lays a {@link ReportView} out as one HTML page with the Pebble template {@code report.peb}, and
 * an {@link ExperimentView} with {@code experiment.peb}, a {@link CompareView} with {@code compare.peb};
 * all share the style sheet {@code style.peb}.
 * Values are HTML-escaped by the template engine; only the chart SVG, which this module drew, is
 * inserted as is. The page is also well-formed XML, so the PDF renderer can read it.
 */
public final class HtmlReport {

    private static final String TEMPLATE = "report.peb";
    private static final String EXPERIMENT_TEMPLATE = "experiment.peb";
    private static final String COMPARE_TEMPLATE = "compare.peb";

    private final PebbleTemplate template;
    private final PebbleTemplate experimentTemplate;
    private final PebbleTemplate compareTemplate;

    public HtmlReport() {
        ClasspathLoader loader = new ClasspathLoader(HtmlReport.class.getClassLoader());
        loader.setPrefix("dev/rapport/report/html");
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .cacheActive(false)
                .build();
        this.template = engine.getTemplate(TEMPLATE);
        this.experimentTemplate = engine.getTemplate(EXPERIMENT_TEMPLATE);
        this.compareTemplate = engine.getTemplate(COMPARE_TEMPLATE);
    }

    /** The mark in the page's head (see report.peb) by which a report Rapport wrote is known. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"Rapport\" />";

    /** Whether {@code file} starts as a page this class rendered: the mark within its first 4 KB. */
    public static boolean isOurs(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] head = new char[4096];
            int n = r.read(head);
            return n > 0 && new String(head, 0, n).contains(GENERATOR);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * @return the page's HTML
     * @throws ReportException {@code RENDER_FAILED} when the template cannot be evaluated
     */
    public String render(ReportView view) {
        return evaluate(template, view);
    }

    /**
     * @return the experiment report's HTML
     * @throws ReportException {@code RENDER_FAILED} when the template cannot be evaluated
     */
    public String render(ExperimentView view) {
        return evaluate(experimentTemplate, view);
    }

    /**
     * @return the HTML of the page comparing runs
     * @throws ReportException {@code RENDER_FAILED} when the template cannot be evaluated
     */
    public String render(CompareView view) {
        return evaluate(compareTemplate, view);
    }

    private static String evaluate(PebbleTemplate template, Object view) {
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, Map.of("view", view));
        } catch (PebbleException | IOException e) {
            throw new ReportException(ReportException.Code.RENDER_FAILED,
                    "cannot lay out the report: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
