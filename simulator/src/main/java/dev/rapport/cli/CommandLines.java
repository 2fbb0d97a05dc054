package dev.rapport.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the commands that write an output folder share about their command line: the default
 * folder, whether {@code --debug} was given, and the command line that resumes an experiment.
 */
final class CommandLines {
    private CommandLines() {
    }

    /** {@code results/<scenario file name>}: where {@code rapport run} writes. */
    static Path defaultOut(Path scenarioFile) {
        String name = scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return Path.of("results", name);
    }

    /** {@code results/<scenario file name>-<command>}: where an experiment command writes. */
    static Path defaultOut(Path scenarioFile, String command) {
        return Path.of(defaultOut(scenarioFile) + "-" + command);
    }

    /** Whether {@code rapport --debug} was given, before the command. */
    static boolean debug(CommandSpec spec) {
        CommandLine root = spec.commandLine();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof RapportCommand r && r.debug;
    }

    /**
     * The whole command line as given, options before the command ({@code --debug}) included, without
     * {@code --out}, {@code --force} and {@code --resume}.
     */
    static List<String> givenWithoutOut(CommandSpec spec) {
        List<String> args = new ArrayList<>();
        List<String> given = spec.commandLine().getParseResult().originalArgs();
        for (int i = 0; i < given.size(); i++) {
            String a = given.get(i);
            if (a.equals("--out")) {
                i++;
            } else if (!a.equals("--force") && !a.equals("--resume") && !a.startsWith("--out=")) {
                args.add(a);
            }
        }
        return args;
    }

    /** This command line as given, with {@code --out TARGET --resume}: what finishes the experiment, shell-quoted. */
    static String resumeCommand(CommandSpec spec, Path target) {
        List<String> args = new ArrayList<>(List.of("rapport"));
        args.addAll(givenWithoutOut(spec));
        args.addAll(List.of("--out", target.toString(), "--resume"));
        return String.join(" ", args.stream().map(CommandLines::shellWord).toList());
    }

    /** A word as a POSIX shell needs it: quoted when it holds anything but plain characters (brackets glob). */
    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=,+@%-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** Refuses {@code --resume} with {@code --force}: one continues the {@code what} in --out, the other replaces it. */
    static void refuseResumeWithForce(boolean resume, boolean force, String what) {
        if (resume && force) {
            throw new UserException("--resume continues the " + what + " in --out and --force replaces it: choose one");
        }
    }
}
