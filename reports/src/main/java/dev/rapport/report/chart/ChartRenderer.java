package dev.rapport.report.chart;

import dev.rapport.report.ReportException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws charts as PNG (at twice the layout size, sharp on slides and high-density screens) and as
 * SVG (scalable, for the HTML report and for editing). Needs no display: callers run with
 * {@code java.awt.headless=true}.
 */
public final class ChartRenderer {

    /** PNG pixels per layout pixel. */
    public static final int PNG_SCALE = 2;

    /** @return the chart as PNG bytes, {@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT} at {@link #PNG_SCALE}x */
    public byte[] png(JFreeChart chart) {
        BufferedImage image = new BufferedImage(ChartStyle.WIDTH * PNG_SCALE,
                ChartStyle.HEIGHT * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(PNG_SCALE, PNG_SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param id an identifier unique within the page the SVG goes in: it prefixes the SVG's
     *           internal references (clip paths) so that several charts can share one HTML page
     * @return an {@code <svg>} element with a view box, so it scales to the width it is given
     */
    public String svg(JFreeChart chart, String id) {
        SVGGraphics2D g = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        // Coordinates to a tenth of a pixel: JFreeSVG writes every double in full ("286.86865234375"),
        // which made the flagship's report over a megabyte; a tenth of a pixel looks the same.
        g.setGeomDoubleConverter(ChartRenderer::tenth);
        g.setTransformDoubleConverter(ChartRenderer::tenth);
        // JFreeChart draws rotated text (the value axis's title) as glyph outlines by default, a
        // workaround for old Java 2D bugs: in SVG that is 3.5 KB of curves per chart, and text no
        // one can select. SVG rotates text itself.
        boolean outlines = TextUtils.isUseDrawRotatedStringWorkaround();
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        } finally {
            TextUtils.setUseDrawRotatedStringWorkaround(outlines);
        }
        return SvgPaths.thin(g.getSVGElement(id, true, new ViewBox(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET));
    }

    /**
     * Writes {@code <id>.png} and {@code <id>.svg} of every chart into {@code dir}, creating it.
     *
     * @return the files written, PNG then SVG for each chart in order
     * @throws ReportException {@code WRITE_FAILED} when a file cannot be written
     */
    public List<Path> writeAll(List<Chart> charts, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Chart chart : charts) {
                Path png = dir.resolve(chart.id() + ".png");
                Files.write(png, png(chart.chart()));
                Path svg = dir.resolve(chart.id() + ".svg");
                Files.writeString(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + svg(chart.chart(), chart.id()) + "\n", StandardCharsets.UTF_8);
                written.add(png);
                written.add(svg);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ReportException(ReportException.Code.WRITE_FAILED,
                    "cannot write charts to " + dir + ": " + e.getMessage()
                            + "; check that the folder is writable", e, dir);
        }
        return written;
    }

    /** @return {@code value} to one decimal, without a trailing ".0": "286.9", "12", "-3.5" */
    static String tenth(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + (abs / 10) + "." + (abs % 10);
    }
}
