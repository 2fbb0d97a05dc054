package dev.rapport.report.pptx;

import dev.rapport.report.ReportException;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.ChartContext;
import dev.rapport.report.chart.ChartRenderer;
import dev.rapport.report.chart.ChartStyle;
import dev.rapport.report.html.ReportView;
import dev.rapport.report.html.StrategyView;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.office.GeneratorMark;
import dev.rapport.report.table.HeadlineCell;
import dev.rapport.report.table.HeadlineRow;
import dev.rapport.report.table.HeadlineTable;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.jfree.chart.title.TextTitle;

/**
 * The report as a 16:9 PowerPoint deck, from the same content as the HTML report: a title slide
 * (scenario, date, what was run), the key findings in the report's sentences, the headline table as
 * a native table, one slide per chart (rendered 2x PNG by {@link ChartRenderer}, its caption under
 * the title and the numbers it draws in the speaker notes) and the assumptions. Carries
 * {@link GeneratorMark} so {@code rapport report} may write over it later.
 */
public final class DeckReport {

    /** Title of the key findings slide. */
    public static final String FINDINGS = "Key findings";
    /** Title of the assumptions slide. */
    public static final String ASSUMPTIONS = "Assumptions";
    /** Start of the headline table slide's title ("Results at week 156"). */
    public static final String RESULTS = "Results at week ";

    private final ChartRenderer renderer = new ChartRenderer();

    /**
     * @param context the results (the manifest's finishing time, the confidence level)
     * @param view    the HTML report's content: title, findings, tables, scenario in words
     * @param charts  the report's charts, in order
     * @throws ReportException {@code WRITE_FAILED} when the file cannot be written
     */
    public void write(ChartContext context, ReportView view, List<Chart> charts, Path file) {
        String date = finished(context);
        try (XMLSlideShow deck = new XMLSlideShow()) {
            GeneratorMark.mark(deck.getProperties(), view.title());
            DeckLayout layout = new DeckLayout(deck);
            List<String> subtitle = new ArrayList<>();
            subtitle.add("Simulation report" + (date.isEmpty() ? "" : ", " + date));
            // The date has its own line above; the meta line's raw timestamp would say it again.
            subtitle.add(view.meta().replaceFirst("; run finished .*$", ""));
            if (!view.incomplete().isEmpty()) {
                subtitle.add(view.incomplete());
            }
            layout.titleSlide(view.scenarioName(), subtitle);
            layout.body(layout.titled(FINDINGS), view.findings(), true, 100);
            headline(layout, view.headline(), context.results().confidence());
            for (Chart chart : charts) {
                chart(deck, layout, chart);
            }
            layout.body(layout.titled(ASSUMPTIONS), assumptions(view), false, 100);
            try (OutputStream out = Files.newOutputStream(file)) {
                deck.write(out);
            }
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.WRITE_FAILED, "cannot write " + file + ": "
                    + e.getMessage() + "; check that the folder is writable", e, file);
        }
    }

    /** "26 November 2026": the day the run finished (UTC), or "" when the manifest does not say. */
    private static String finished(ChartContext context) {
        String finished = context.results().manifest().raw().path("finished").asText("");
        try {
            return DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC)
                    .format(Instant.parse(finished));
        } catch (DateTimeException e) {
            return "";
        }
    }

    /** Whether {@code file} is a deck this class wrote. */
    public static boolean isOurs(Path file) throws IOException {
        return GeneratorMark.isOurs(file);
    }

    /** The headline table: a row per metric, a column per strategy, each cell the mean and its interval. */
    private static void headline(DeckLayout layout, HeadlineTable headline, double level) {
        XSLFSlide slide = layout.titled(RESULTS + Wording.week(headline.week()));
        int columns = headline.strategies().size() + 1;
        XSLFTable table = slide.createTable();
        // Two lines a row (the mean, its interval under it) in the space under the title.
        double rowHeight = Math.min(46, (540 - 100 - 30) / (headline.rows().size() + 1.0));
        double size = rowHeight < 36 ? 11 : 14;
        XSLFTableRow header = table.addRow();
        cell(header, "Metric", "mean; under it its " + Wording.level(level) + " CI", size, true);
        headline.strategies().forEach(s -> cell(header, s, "", size, true));
        List<String> notes = new ArrayList<>();
        for (HeadlineRow row : headline.rows()) {
            XSLFTableRow line = table.addRow();
            cell(line, row.label(), row.unit(), size, true);
            for (HeadlineCell cell : row.cells()) {
                // An interval as narrow as the mean's own rounding says nothing more: the mean alone.
                cell(line, cell.mean(), cell.ci().equals(cell.mean()) ? "" : cell.ci(), size, cell.best());
                notes.add(row.label() + ", " + cell.strategy() + ": " + cell.mean() + ", interval " + cell.ci());
            }
        }
        double first = 260;
        double rest = (DeckLayout.CONTENT_WIDTH - first) / (columns - 1);
        table.setColumnWidth(0, first);
        for (int c = 1; c < columns; c++) {
            table.setColumnWidth(c, rest);
        }
        for (XSLFTableRow row : table.getRows()) {
            row.setHeight(rowHeight);
        }
        table.setAnchor(new Rectangle2D.Double(DeckLayout.MARGIN, 100, DeckLayout.CONTENT_WIDTH,
                rowHeight * (headline.rows().size() + 1)));
        layout.notes(slide, notes);
    }

    /** A cell: its text, and under it in smaller grey type a second line (an interval, a unit) when not empty. */
    private static void cell(XSLFTableRow row, String text, String under, double size, boolean bold) {
        XSLFTableCell cell = row.addCell();
        XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        if (!under.isEmpty()) {
            XSLFTextRun second = cell.addNewTextParagraph().addNewTextRun();
            second.setText(under);
            second.setFontSize(size - 2);
            second.setFontColor(DeckLayout.MUTED);
        }
        cell.setBorderColor(BorderEdge.bottom, new Color(0xCC, 0xCC, 0xCC));
        cell.setBorderWidth(BorderEdge.bottom, 1.0);
    }

    /** A chart slide: title, caption, the chart as large as fits, its numbers in the notes. */
    private void chart(XMLSlideShow deck, DeckLayout layout, Chart chart) {
        XSLFSlide slide = layout.titled(chart.title());
        layout.subtitle(slide, chart.caption());
        XSLFPictureData png = deck.addPicture(untitledPng(chart), PictureData.PictureType.PNG);
        double height = 540 - DeckLayout.BODY_TOP - 16;
        double width = height * ChartStyle.WIDTH / ChartStyle.HEIGHT;
        slide.createPicture(png).setAnchor(new Rectangle2D.Double((960 - width) / 2, DeckLayout.BODY_TOP, width, height));
        List<String> notes = new ArrayList<>();
        notes.add(chart.caption());
        notes.addAll(ChartNumbers.of(chart.chart()));
        layout.notes(slide, notes);
    }

    /**
     * The chart as PNG without its own title: the slide's title says it already, and twice reads
     * as a pasted image. Its subtitle (what the lines and bands are) stays.
     */
    private byte[] untitledPng(Chart chart) {
        TextTitle title = chart.chart().getTitle();
        boolean visible = title == null || title.isVisible();
        if (title != null) {
            title.setVisible(false);
        }
        try {
            return renderer.png(chart.chart());
        } finally {
            if (title != null) {
                title.setVisible(visible);
            }
        }
    }

    /** The scenario in the report's words, then each strategy with its kind, brand, budget and description. */
    private static List<String> assumptions(ReportView view) {
        List<String> paragraphs = new ArrayList<>(view.scenarioParagraphs());
        for (StrategyView s : view.strategies()) {
            // "spend (played by acme, budget €1.2M): …": the kind only when the name does not say it.
            paragraphs.add(s.name() + " (" + (s.kind().equals(s.name()) ? "" : s.kind() + ", ") + "played by "
                    + s.brand() + (s.budget().isEmpty() ? "" : ", budget " + s.budget()) + ")"
                    + (s.description().isEmpty() ? "." : ": " + sentence(s.description())));
        }
        return paragraphs;
    }

    private static String sentence(String text) {
        // Names stay as the scenario writes them, even at the start of a sentence.
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
