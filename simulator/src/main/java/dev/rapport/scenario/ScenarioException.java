package dev.rapport.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot be run, with every problem found in it (not just the first). The CLI
 * prints {@link #problems()} and exits with code 2.
 *
 * <p>At most {@link #MAX_LISTED} problems are listed; the rest are only counted
 * ({@link #unlisted()}): a generated file with a million bad keys needs one fix, not a million
 * messages, and describing them all costs more memory than the file.
 */
public final class ScenarioException extends RuntimeException {
    /** The most problems listed; further ones are counted. */
    public static final int MAX_LISTED = 100;

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;
    private final long unlisted;

    public ScenarioException(List<ScenarioProblem> problems) {
        this(problems, 0);
    }

    /**
     * @param problems the problems found, of which the first {@link #MAX_LISTED} are kept
     * @param unlisted further problems that were found but not described
     */
    public ScenarioException(List<ScenarioProblem> problems, long unlisted) {
        super(message(problems, unlisted));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems.subList(0, Math.min(MAX_LISTED, problems.size())));
        this.unlisted = unlisted + problems.size() - this.problems.size();
    }

    private static String message(List<ScenarioProblem> problems, long unlisted) {
        List<ScenarioProblem> listed = problems.subList(0, Math.min(MAX_LISTED, problems.size()));
        long more = unlisted + problems.size() - listed.size();
        return listed.stream().map(ScenarioProblem::format).collect(Collectors.joining("\n"))
                + (more == 0 ? "" : "\n... and " + more + " more problems");
    }

    /** The problems listed: at most {@link #MAX_LISTED}. */
    public List<ScenarioProblem> problems() {
        return problems;
    }

    /** How many problems there were beyond those in {@link #problems()}. */
    public long unlisted() {
        return unlisted;
    }

    /** Whether any problem has this code. */
    public boolean has(ScenarioProblem.Code code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }
}
