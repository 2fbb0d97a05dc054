package dev.rapport.report.html;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.rapport.report.ReportException;
import dev.rapport.report.chart.Chart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns the report's HTML (laid out for PDF) into a PDF with openhtmltopdf, the charts drawn as
 * vector graphics with their words as text ({@link PdfCharts}). Needs no browser and no network:
 * the page references nothing outside itself.
 */
public final class PdfReport {
    /** The PDF's producer, by which {@code rapport report} knows a PDF it may write over. */
    public static final String PRODUCER = "Rapport";

    /** Whether {@code file} is a PDF this class wrote: its producer is {@link #PRODUCER}. */
    public static boolean isOurs(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return PRODUCER.equals(doc.getDocumentInformation().getProducer());
        }
    }

    /** The fonts the build bundles (reports/pom.xml, profile debian-fonts), with the CSS family each serves. */
    private static final List<BundledFont> FONTS = List.of(
            new BundledFont("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new BundledFont("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            // No italic cut is bundled: the report sets no italic text, and bold serves <strong>.
            new BundledFont("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL));

    private record BundledFont(String file, String family, int weight, FontStyle style) {
        String resource() {
            return "/dev/rapport/report/fonts/" + file;
        }
    }

    /** @return true when the jar carries the fonts the PDF embeds */
    public static boolean fontsBundled() {
        return FONTS.stream().allMatch(f -> PdfReport.class.getResource(f.resource()) != null);
    }

    /**
     * Registers the bundled fonts, embedded (as subsets) in the PDF: the PDF's built-in Helvetica
     * and Courier are not embedded and render only Latin-1. Without them (a build without Debian's
     * fonts) the style sheet's fallback families are the built-in ones.
     */
    private static void useBundledFonts(PdfRendererBuilder builder) {
        for (BundledFont font : FONTS) {
            if (PdfReport.class.getResource(font.resource()) != null) {
                builder.useFont(() -> PdfReport.class.getResourceAsStream(font.resource()), font.family(),
                        font.weight(), font.style(), true);
            }
        }
    }

    /**
     * @param html   the report laid out for PDF, a chart's place an {@code <object>} of
     *               {@link PdfCharts#TYPE}
     * @param charts the charts the page's objects name
     * @throws ReportException {@code WRITE_FAILED} when the file cannot be written,
     *                         {@code RENDER_FAILED} when the layout fails
     */
    public void write(String html, List<Chart> charts, Path file) {
        // openhtmltopdf logs every step at INFO through java.util.logging; a CLI prints only its own lines.
        XRLog.setLoggingEnabled(false);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer(PRODUCER);
            useBundledFonts(builder);
            builder.useUnicodeLineBreaker(new NumberLineBreaker());
            builder.useObjectDrawerFactory(new PdfCharts(charts));
            builder.withHtmlContent(html, file.toAbsolutePath().getParent().toUri().toString());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.WRITE_FAILED,
                    "cannot write " + file + ": " + e.getMessage() + "; check that the folder is writable",
                    e, file);
        } catch (RuntimeException e) {
            throw new ReportException(ReportException.Code.RENDER_FAILED,
                    "cannot lay out the PDF report: " + e.getMessage(), e, file);
        }
    }
}
