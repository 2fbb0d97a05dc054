package dev.rapport.report.html;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.ChartStyle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.Element;

/**
 * Draws the report's charts into the PDF as vector graphics: the template places an
 * {@code <object type="application/x-rapport-chart" data-chart="id">} where a chart goes, and
 * openhtmltopdf asks this factory to draw it. The JFreeChart draws itself on a PDFBox
 * {@code Graphics2D} (the library openhtmltopdf already uses), so lines stay lines at any zoom and
 * the chart's words are text in the PDF's embedded font, as selectable as the page's own.
 */
public final class PdfCharts implements FSObjectDrawerFactory {
    /** The {@code type} of the {@code <object>} elements this factory draws. */
    public static final String TYPE = "application/x-rapport-chart";
    /** The attribute naming the chart an {@code <object>} stands for. */
    public static final String ID_ATTRIBUTE = "data-chart";

    private final Map<String, JFreeChart> charts = new LinkedHashMap<>();

    /** @param charts the report's charts, found by id */
    public PdfCharts(List<Chart> charts) {
        charts.forEach(c -> this.charts.put(c.id(), c.chart()));
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type")) && charts.containsKey(e.getAttribute(ID_ATTRIBUTE));
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        JFreeChart chart = charts.get(e.getAttribute(ID_ATTRIBUTE));
        return chart == null ? null : (element, x, y, width, height, device, ctx, dotsPerPixel) ->
                draw(chart, x, y, width / dotsPerPixel, height / dotsPerPixel, device, ctx);
    }

    private static Map<Shape, String> draw(JFreeChart chart, double x, double y, double width,
                                           double height, OutputDevice device, RenderingContext ctx) {
        device.drawWithGraphics((float) x, (float) y, (float) width, (float) height, g -> {
            // The text drawer openhtmltopdf sets knows only the page's CSS families; ours maps the
            // chart's Java font to the DejaVu the page embeds. Without it, words become outlines.
            if (g instanceof PdfBoxGraphics2D pdf) {
                pdf.setFontTextDrawer(new ChartFontTextDrawer(ctx));
            }
            // Laid out at the size the SVG and PNG use, then scaled: the same fonts and proportions.
            g.scale(width / ChartStyle.WIDTH, height / ChartStyle.HEIGHT);
            // JFreeChart draws rotated text (the value axis's title) as outlines by default, a
            // workaround for old Java 2D bugs; the PDF rotates text itself, and keeps it text.
            boolean outlines = TextUtils.isUseDrawRotatedStringWorkaround();
            TextUtils.setUseDrawRotatedStringWorkaround(false);
            try {
                chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
            } finally {
                TextUtils.setUseDrawRotatedStringWorkaround(outlines);
            }
        });
        return null;
    }
}
