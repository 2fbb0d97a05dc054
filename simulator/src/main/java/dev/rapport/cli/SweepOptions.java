package dev.rapport.cli;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * What {@code rapport sweep} varies, from its flags or, without {@code --vary}, from the scenario's
 * {@code experiment: sweep:} section (the flags {@code --design}, {@code --points} and
 * {@code --replications} still override it). Paths and values are checked against the scenario
 * afterwards, by {@link dev.rapport.experiment.points.SweepPlan}.
 */
final class SweepOptions {
    private static final String FORM = "PATH=LOW:HIGH or PATH=LOW:HIGH:LEVELS, e.g. --vary market.potential=0.3:0.7:3";

    @Option(names = "--vary", paramLabel = "PATH=LOW:HIGH[:LEVELS]",
            description = "Vary a scenario value by its --set path from LOW to HIGH (LEVELS values on a grid, default 3). "
                    + "Repeatable; replaces the scenario's experiment.sweep.parameters.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--design", paramLabel = "DESIGN",
            description = "How points are placed: grid, latin_hypercube or sobol (default: the scenario's, else grid).")
    String design;

    @Option(names = "--points", paramLabel = "N",
            description = "Points of a latin_hypercube or sobol design (default: the scenario's, else 16).")
    Integer points;

    /** A parameter and where it was given, for messages. */
    record Given(SweptParameter parameter, Location origin) {
    }

    /** The sweep to run, and where each of its parameters was given. */
    record Chosen(SweepSpec spec, List<Location> origins) {
    }

    /**
     * @param replications {@code --replications}, or null
     */
    Chosen choose(LoadedScenario loaded, Integer replications) {
        SweepSpec inFile = loaded.scenario().experiment().sweep();
        SweepSpec.Design chosenDesign = design == null ? inFile.design() : design(design);
        if (points != null && (points < 1 || points > 1_000_000)) {
            throw new UserException("--points must be between 1 and 1000000, not " + points);
        }
        int chosenPoints = points != null ? points : inFile.points();
        Integer reps = replications != null ? replications : inFile.replications();
        if (vary.isEmpty()) {
            List<Location> origins = new ArrayList<>();
            for (int i = 0; i < inFile.parameters().size(); i++) {
                origins.add(locate(loaded, "experiment.sweep.parameters[" + i + "].path"));
            }
            return new Chosen(new SweepSpec(chosenDesign, chosenPoints, reps, inFile.parameters()), origins);
        }
        List<SweptParameter> parameters = new ArrayList<>();
        List<Location> origins = new ArrayList<>();
        for (String text : vary) {
            Given g = parse(text);
            parameters.add(g.parameter());
            origins.add(g.origin());
        }
        return new Chosen(new SweepSpec(chosenDesign, chosenPoints, reps, parameters), origins);
    }

    /** Parses one {@code --vary}; a malformed one is a user error naming the form expected. */
    static Given parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new UserException("--vary " + text + ": expected " + FORM);
        }
        String path = text.substring(0, eq).strip();
        String[] parts = text.substring(eq + 1).split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new UserException("--vary " + text + ": expected " + FORM);
        }
        double low = number(text, parts[0], "LOW");
        double high = number(text, parts[1], "HIGH");
        int levels = 3;
        if (parts.length == 3) {
            try {
                levels = Integer.parseInt(parts[2].strip());
            } catch (NumberFormatException e) {
                throw new UserException("--vary " + text + ": LEVELS must be a whole number from 1 to 1000, not '"
                        + parts[2].strip() + "'");
            }
            if (levels < 1 || levels > 1000) {
                throw new UserException("--vary " + text + ": LEVELS must be from 1 to 1000, not " + levels);
            }
        }
        if (high < low) {
            throw new UserException("--vary " + text + ": HIGH (" + parts[1].strip() + ") is below LOW ("
                    + parts[0].strip() + "); give the range from low to high");
        }
        return new Given(new SweptParameter(path, low, high, levels), Location.of("--vary " + text));
    }

    private static double number(String text, String part, String name) {
        try {
            double v = Double.parseDouble(part.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UserException("--vary " + text + ": " + name + " must be a number, not '" + part.strip() + "'; expected "
                + FORM);
    }

    private static SweepSpec.Design design(String text) {
        try {
            return SweepSpec.Design.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UserException("--design must be grid, latin_hypercube or sobol, not '" + text + "'");
        }
    }

    /** Where a key path stood in the file, or the nearest enclosing one that has a place. */
    private static Location locate(LoadedScenario loaded, String path) {
        String p = path;
        while (true) {
            Location at = loaded.locations().get(p);
            if (at != null) {
                return at;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return Location.of(loaded.sourceName());
            }
            p = p.substring(0, cut);
        }
    }
}
