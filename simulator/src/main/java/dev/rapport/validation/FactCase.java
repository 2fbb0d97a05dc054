package dev.rapport.validation;

import java.util.List;

/**
 * One experiment on the flagship market behind one or more {@link FactResult} rows: the fact
 * suite's counterpart of {@link ValidationCase}.
 */
interface FactCase {
    /** Short title for progress messages. */
    String title();

    List<FactResult> run(Replications runs);
}
