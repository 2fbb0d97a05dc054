package dev.rapport.cli;

/** Entry point of the {@code rapport} tool. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RapportCommand.newCommandLine().execute(args));
    }
}
