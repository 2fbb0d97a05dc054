package dev.rapport.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A word where a command was expected that is no command: said plainly, with the nearest command
 * when the word is a likely typo of one ({@code rnu} for {@code run}, {@code verfiy} for
 * {@code verify}). Nearness counts a swap of two neighbouring letters as one edit, which picocli's
 * own suggester (letter pairs) does not see.
 */
final class UnknownCommand {
    private UnknownCommand() {
    }

    /** The command {@code word} was most likely meant to be, if one is close enough. */
    static Optional<String> suggestion(String word, Collection<String> commands) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return commands.stream()
                .filter(c -> distance(w, c) <= Math.max(1, Math.min(2, c.length() / 3)))
                .min(Comparator.comparingInt((String c) -> distance(w, c)).thenComparing(c -> c));
    }

    /** What to print for {@code word}, for a command line whose commands are {@code commands}. */
    static List<String> message(String word, Collection<String> commands, String qualifiedName) {
        String hint = suggestion(word, commands).map(s -> "; did you mean '" + s + "'?")
                .orElse("; the commands are " + String.join(", ", commands));
        return List.of("error: unknown command '" + word + "'" + hint,
                "Try '" + qualifiedName + " --help' for more information.");
    }

    /** Edits (insert, delete, replace, swap neighbours) from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
