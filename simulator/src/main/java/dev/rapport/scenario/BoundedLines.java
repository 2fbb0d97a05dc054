package dev.rapport.scenario;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line, refusing a line longer than a limit before it is held in memory
 * ({@link java.io.BufferedReader#readLine()} would build a line of any length, and a file with no
 * line break is one line). Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}.
 */
final class BoundedLines {
    /** Thrown when a line is longer than the limit; says which line. */
    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        LineTooLong(int line, int limit) {
            super("line " + line + " is longer than " + limit + " characters");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int end;
    private int lineNo;
    private boolean skipNewline;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, or null at the end of the text. */
    String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    lineNo++;
                    return line.toString();
                }
            }
            char c = buffer[pos++];
            if (skipNewline) {
                skipNewline = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipNewline = c == '\r';
                lineNo++;
                return line.toString();
            }
            if (line.length() == maxChars) {
                throw new LineTooLong(lineNo + 1, maxChars);
            }
            line.append(c);
        }
    }
}
