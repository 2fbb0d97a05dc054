package dev.rapport.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thins the straight-line paths of an SVG chart without changing its look: a point that lies within
 * {@link #TOLERANCE} of the line through its kept neighbours is dropped (Ramer–Douglas–Peucker),
 * and the points kept are written relative to the one before, to a tenth of a pixel. A band or a
 * line of 157 weekly points drawn over 800 pixels holds many points that no eye could place: the
 * flagship's report was over a megabyte for them.
 *
 * <p>Only paths made of moves, lines and closes ({@code M}, {@code L}, {@code Z}) are touched;
 * curves (glyph outlines, rounded shapes) are left as they are. Coordinates are rounded to tenths
 * first and the relative steps taken between rounded points, so no error builds up along a path.
 */
final class SvgPaths {

    /** How far, in pixels, a dropped point may lie from the line drawn instead: under half a pixel. */
    static final double TOLERANCE = 0.35;

    private static final Pattern D = Pattern.compile("d='([^']*)'");
    private static final Pattern LINES_ONLY = Pattern.compile("[MLZ0-9.,\\-\\s]+");
    private static final Pattern COMMAND = Pattern.compile("([MLZ])([^MLZ]*)");

    private SvgPaths() {
    }

    /** @return {@code svg} with every straight-line path thinned */
    static String thin(String svg) {
        Matcher m = D.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            String d = m.group(1);
            String thinned = LINES_ONLY.matcher(d).matches() ? thinPath(d) : d;
            m.appendReplacement(out, Matcher.quoteReplacement("d='" + thinned + "'"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** @return the path data {@code d} (moves, lines, closes) thinned and written in relative steps */
    static String thinPath(String d) {
        StringBuilder out = new StringBuilder();
        List<long[]> run = new ArrayList<>();
        long[] at = null;
        long[] start = null;
        Matcher c = COMMAND.matcher(d);
        while (c.find()) {
            char command = c.group(1).charAt(0);
            if (command == 'Z') {
                flush(run, at, out);
                out.append('Z');
                // A close puts the pen back where its subpath began.
                at = start;
                if (start != null) {
                    run.add(start);
                }
                continue;
            }
            String[] numbers = c.group(2).trim().split("[\\s,]+");
            for (int i = 0; i + 1 < numbers.length; i += 2) {
                long[] point = {Math.round(Double.parseDouble(numbers[i]) * 10),
                        Math.round(Double.parseDouble(numbers[i + 1]) * 10)};
                if (command == 'M' && i == 0) {
                    at = flush(run, at, out);
                    out.append('M').append(tenths(point[0])).append(',').append(tenths(point[1]));
                    at = point;
                    start = point;
                    run.add(point);
                } else {
                    run.add(point);
                }
            }
        }
        flush(run, at, out);
        return out.toString();
    }

    /** Writes the line run after its first point (where the pen is), thinned; @return where the pen ends */
    private static long[] flush(List<long[]> run, long[] at, StringBuilder out) {
        if (run.size() < 2) {
            run.clear();
            return at;
        }
        boolean[] keep = new boolean[run.size()];
        keep[0] = true;
        keep[run.size() - 1] = true;
        simplify(run, 0, run.size() - 1, keep);
        long[] pen = run.get(0);
        boolean first = true;
        for (int i = 1; i < run.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            long[] p = run.get(i);
            out.append(first ? "l" : " ").append(tenths(p[0] - pen[0])).append(',').append(tenths(p[1] - pen[1]));
            first = false;
            pen = p;
        }
        run.clear();
        return pen;
    }

    /** Ramer–Douglas–Peucker between {@code from} and {@code to}, both kept; iterative-safe depth for chart sizes. */
    private static void simplify(List<long[]> points, int from, int to, boolean[] keep) {
        if (to - from < 2) {
            return;
        }
        long[] a = points.get(from);
        long[] b = points.get(to);
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        double worst = -1;
        int index = -1;
        for (int i = from + 1; i < to; i++) {
            long[] p = points.get(i);
            double distance = length == 0 ? Math.hypot(p[0] - a[0], p[1] - a[1])
                    : Math.abs(dy * (p[0] - a[0]) - dx * (p[1] - a[1])) / length;
            if (distance > worst) {
                worst = distance;
                index = i;
            }
        }
        // Distances are in tenths of a pixel.
        if (worst > TOLERANCE * 10) {
            keep[index] = true;
            simplify(points, from, index, keep);
            simplify(points, index, to, keep);
        }
    }

    /** @return a length in tenths of a pixel as pixels: "12", "-3.5", ".4" for 0.4 */
    static String tenths(long tenths) {
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        long whole = abs / 10;
        long tenth = abs % 10;
        if (tenth == 0) {
            return sign + whole;
        }
        return sign + (whole == 0 ? "" : Long.toString(whole)) + "." + tenth;
    }
}
