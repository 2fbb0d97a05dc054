package dev.rapport.report.html;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.rapport.report.ReportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns the report's HTML (laid out for PDF, with the charts as PNG images) into a PDF with
 * openhtmltopdf. Needs no browser and no network: the page references nothing outside itself.
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

    /**
     * @throws ReportException {@code WRITE_FAILED} when the file cannot be written,
     *                         {@code RENDER_FAILED} when the layout fails
     */
    public void write(String html, Path file) {
        // openhtmltopdf logs every step at INFO through java.util.logging; a CLI prints only its own lines.
        XRLog.setLoggingEnabled(false);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer(PRODUCER);
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
