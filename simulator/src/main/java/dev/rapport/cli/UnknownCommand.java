package dev.rapport.cli;

import dev.rapport.scenario.bind.Names;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A word where a command was expected that is no command: said plainly, with the nearest command
 * when the word is a likely typo of one ({@code rnu} for {@code run}, {@code verfiy} for
 * {@code verify}). Nearness ({@link Names#closest})
 * counts a swap of two neighbouring letters as one edit, which picocli's own suggester (letter
 * pairs) does not see.
 */
final class UnknownCommand {
    private UnknownCommand() {
    }

    /** The command {@code word} was most likely meant to be, if one is close enough. */
    static Optional<String> suggestion(String word, Collection<String> commands) {
        // The same nearness as a misspelt scenario key's did-you-mean.
        return Optional.ofNullable(Names.closest(word, commands));
    }

    /** What to print for {@code word}, for a command line whose commands are {@code commands}. */
    static List<String> message(String word, Collection<String> commands, String qualifiedName) {
        String hint = suggestion(word, commands).map(s -> "; did you mean '" + s + "'?")
                .orElse("; the commands are " + String.join(", ", commands));
        return List.of("error: unknown command '" + word + "'" + hint,
                "Try '" + qualifiedName + " --help' for more information.");
    }
}
