package dev.rapport.scenario;

import dev.rapport.report.chart.ChartSlug;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The checks on what a person reads: every name (scenario, segments, brands, strategies), the
 * descriptions and the currency are free of control and invisible characters, and names are not
 * blank; strategy names stay distinct in chart file names, which keep only letters and digits.
 * Names arrive in NFC (the records normalise them), so uniqueness is checked after normalisation.
 */
final class NameChecks {
    /** Where a problem goes: the key path, what was expected, what was found, a suggestion or null. */
    interface Sink {
        void invalid(String path, String expected, Object found, String hint);
    }

    private final Scenario s;
    private final Sink sink;

    NameChecks(Scenario s, Sink sink) {
        this.s = s;
        this.sink = sink;
    }

    void check() {
        name("name", s.name());
        text("description", s.description());
        List<SegmentSpec> segments = s.population().segments();
        for (int i = 0; i < segments.size(); i++) {
            name("population.segments[" + i + "].name", segments.get(i).name());
        }
        for (int i = 0; i < s.brands().size(); i++) {
            name("brands[" + i + "].name", s.brands().get(i).name());
        }
        for (int i = 0; i < s.strategies().size(); i++) {
            name("strategies[" + i + "].name", s.strategies().get(i).name());
            text("strategies[" + i + "].description", s.strategies().get(i).description());
        }
        name("market.currency", s.market().currency());
        chartNames();
    }

    private void name(String path, String name) {
        if (!hidden(path, name, false) && DisplayNames.isBlank(name)) {
            sink.invalid(path, "a name with at least one visible character", "'" + name + "'",
                    "names label the rows of the results and the report; give it one");
        }
    }

    private void text(String path, String text) {
        hidden(path, text, true);
    }

    private boolean hidden(String path, String text, boolean allowLineBreaks) {
        OptionalInt at = DisplayNames.firstHidden(text, allowLineBreaks);
        if (at.isEmpty()) {
            return false;
        }
        int cp = text.codePointAt(at.getAsInt());
        sink.invalid(path, "text without control or invisible characters",
                "the hidden character " + DisplayNames.codePoint(cp) + " at character " + (text.codePointCount(0, at.getAsInt()) + 1),
                "with its hidden characters escaped it reads " + DisplayNames.escaped(text) + "; delete them");
        return true;
    }

    /** Two strategies whose charts would be one file: {@code a/b} and {@code a_b} are both {@code a-b}. */
    private void chartNames() {
        Map<String, String> bySlug = new HashMap<>();
        for (int i = 0; i < s.strategies().size(); i++) {
            String name = s.strategies().get(i).name();
            if (DisplayNames.firstHidden(name, false).isPresent() || DisplayNames.isBlank(name)) {
                continue;
            }
            String slug = ChartSlug.of(name);
            String earlier = bySlug.putIfAbsent(slug, name);
            if (earlier != null && !earlier.equals(name)) {
                sink.invalid("strategies[" + i + "].name", "a strategy name that differs from the others in its letters a-z or digits",
                        "'" + name + "', as '" + earlier + "' in chart file names ('" + slug + "')",
                        "rename one: chart files and report ids keep only letters a-z and digits");
            }
        }
    }
}
