package dev.rapport.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rapport.report.ReportFormat;
import dev.rapport.report.Reports;
import dev.rapport.report.testing.SyntheticResults;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF report of a synthetic two-brand result, like the flagship's: its charts are drawn as
 * vector paths with their words as text (not pictures), and every font in it is embedded.
 */
class PdfReportTest {
    /** The synthetic two-brand report's charts, as many as its HTML report's figures (ChromiumReportTest). */
    private static final int CHARTS = 12;

    @TempDir
    static Path shared;

    private static Path pdf;

    @BeforeAll
    static void writeReport() {
        Path results = SyntheticResults.spendAndInvest().brands("acme", "bolt").writeTo(shared.resolve("results"));
        pdf = Reports.writeReport(results, shared.resolve("report.pdf"), ReportFormat.PDF);
    }

    @Test
    void chartsAreVectorPathsWithNoImage() throws IOException {
        List<PDFormXObject> charts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                assertEquals(0, images(page.getResources(), charts), "an image on a page");
            }
            assertEquals(CHARTS, charts.size(), "one drawing per chart");
            for (PDFormXObject chart : charts) {
                Set<String> operators = operators(chart);
                // Lines and filled areas: move, line-to and curve-to, stroked and filled.
                assertTrue(operators.containsAll(Set.of("m", "l", "S", "f")), operators.toString());
                // Words as text shown in a font, not glyph outlines.
                assertTrue(operators.contains("Tf") && (operators.contains("Tj") || operators.contains("TJ")),
                        operators.toString());
            }
        }
    }

    @Test
    void chartWordsAreTextInTheEmbeddedFont() throws IOException {
        ChartText stripper = new ChartText();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            stripper.getText(doc);
        }
        // PDFBox sets "fi" as DejaVu's ligature glyph, which extracts as U+FB01; NFKC reads it as f, i.
        String text = Normalizer.normalize(stripper.inCharts, Normalizer.Form.NFKC);
        // The value axis's title, drawn rotated; the euro sign is outside the built-in fonts.
        assertTrue(text.contains("Cumulative profit (€)"), text);
        assertTrue(text.contains("Week"), text);
        assertTrue(text.contains("Where customers came from: earned versus bought"), text);
        assertTrue(stripper.fonts.stream().allMatch(f -> f.contains("DejaVuSans")), stripper.fonts.toString());
    }

    @Test
    void pdffontsSaysEveryFontIsEmbedded() throws Exception {
        requirePdffonts();
        Process process = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdffonts did not finish");
        assertEquals(0, process.exitValue(), out);
        List<String> lines = out.lines().toList();
        // name, type, encoding, emb, sub, uni, object id; the header and its rule come first.
        int emb = lines.get(0).indexOf("emb");
        assertTrue(emb > 0, out);
        List<String> fonts = lines.subList(2, lines.size());
        assertFalse(fonts.isEmpty(), out);
        for (String font : fonts) {
            assertEquals("yes", font.substring(emb, emb + 3), font);
        }
        assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), out);
    }

    /** Skips the calling test without poppler-utils' pdffonts, or fails it on CI (.ci/run installs it). */
    private static void requirePdffonts() {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pdffonts")));
        if (!found) {
            if (System.getenv("CI") != null) {
                fail("CI needs pdffonts for the PDF's font test: apt-get install -y poppler-utils");
            }
            Assumptions.abort("pdffonts is not installed (apt-get install -y poppler-utils)");
        }
    }

    /** Counts the images in {@code resources} and the drawings inside it, collecting the drawings. */
    private static int images(PDResources resources, List<PDFormXObject> forms) throws IOException {
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                forms.add(form);
                if (form.getResources() != null) {
                    images += images(form.getResources(), new ArrayList<>());
                }
            }
        }
        return images;
    }

    private static Set<String> operators(PDFormXObject form) throws IOException {
        Set<String> operators = new HashSet<>();
        for (Object token : new PDFStreamParser(form).parse()) {
            if (token instanceof Operator op) {
                operators.add(op.getName());
            }
        }
        return operators;
    }

    /** The text shown inside form XObjects, where openhtmltopdf places each chart's drawing. */
    private static final class ChartText extends PDFTextStripper {
        final StringBuilder inCharts = new StringBuilder();
        final Set<String> fonts = new HashSet<>();
        private int depth;

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            depth++;
            try {
                super.showForm(form);
            } finally {
                depth--;
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (depth > 0) {
                inCharts.append(text.getUnicode());
                fonts.add(text.getFont().getName());
            }
            super.processTextPosition(text);
        }
    }
}
