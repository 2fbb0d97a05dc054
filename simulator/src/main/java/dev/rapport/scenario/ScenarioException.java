package dev.rapport.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot be run, with every problem found in it (not just the first). The CLI
 * prints {@link #problems()} and exits with code 2.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::format).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }

    /** Whether any problem has this code. */
    public boolean has(ScenarioProblem.Code code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }
}
