package dev.rapport.validation;

import java.util.List;

/**
 * One validation case: a reduction of the model (or one of its functions) with answers known
 * independently. Running it gives one or more result rows.
 */
interface ValidationCase {
    /** Short title for progress messages. */
    String title();

    List<CaseResult> run(Replications runs);
}
