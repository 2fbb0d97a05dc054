package dev.rapport.experiment.optimize;

/**
 * The least and most share of the budget one lever may take in each period, as {@code --bounds
 * lever=min:max} gives it.
 */
public record LeverBound(String lever, double min, double max) {
    public LeverBound {
        if (!(min >= 0 && max <= 1)) {
            throw new OptimizeException("--bounds " + lever + "=" + min + ":" + max + ": shares lie between 0 and 1");
        }
        if (min > max) {
            throw new OptimizeException("--bounds " + lever + "=" + min + ":" + max + ": the least share is above the most");
        }
    }

    /** Parses {@code lever=min:max}. */
    public static LeverBound parse(String text) {
        int eq = text.indexOf('=');
        String[] parts = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
        if (eq <= 0 || parts.length != 2) {
            throw new OptimizeException("--bounds " + text + ": expected LEVER=MIN:MAX, e.g. --bounds advertising=0.1:0.5");
        }
        try {
            return new LeverBound(text.substring(0, eq).strip(), Double.parseDouble(parts[0].strip()),
                    Double.parseDouble(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new OptimizeException("--bounds " + text + ": MIN and MAX are shares of the budget, e.g. 0.1:0.5");
        }
    }
}
