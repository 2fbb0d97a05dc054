package dev.rapport.scenario.bind;

/**
 * Where a value stands: a file (or a pseudo-source such as {@code --set}), a 1-based line and a
 * 1-based column. Line 0 means the source has no lines (an override given on the command line).
 */
public record Location(String source, int line, int column) {
    public static Location of(String source) {
        return new Location(source, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
