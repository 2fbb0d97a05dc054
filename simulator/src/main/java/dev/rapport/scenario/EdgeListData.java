package dev.rapport.scenario;

import dev.rapport.ties.PairTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A network read from a CSV edge list ({@code source,target[,strength]}), checked once at load
 * time so that every replication reuses it.
 *
 * <p>Decisions on imperfect files, each reported or counted rather than guessed at silently:
 * a row that does not parse, or an id that is negative or not below the population size, is an
 * error with the file's own line number; a self-loop is dropped and counted (a person does not
 * talk to themselves); a duplicate tie (in either direction) is merged, keeping the stronger, and
 * counted. Strength is a number in [0, 1]; 0.5 and above is a strong tie; no column means weak.
 */
public record EdgeListData(int[] sources, int[] targets, boolean[] strong, int selfLoopsDropped,
                           int duplicatesMerged, String sha256) {

    private static final int MAX_ERRORS = 20;
    /** Largest edge list read: some 50 million ties, far more than a population fits in memory with. */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** Longest line read: a row is two ids and a strength, a few dozen characters. */
    public static final int MAX_LINE_CHARS = 1000;
    /** Cells are split at a comma, semicolon or tab with any spaces around it; compiled once, not per line. */
    private static final java.util.regex.Pattern COLUMNS = java.util.regex.Pattern.compile("\\s*[,;\\t]\\s*");

    /** Where {@code file}, as a scenario's {@code network.file} names it, is: relative to the scenario's folder. */
    public static Path resolve(Path scenarioFile, String file) {
        Path base = scenarioFile == null ? Path.of(".") : scenarioFile.toAbsolutePath().getParent();
        return base.resolve(file);
    }

    /** Reads and checks {@code file} for a population of {@code size}; throws with every bad line. */
    public static EdgeListData read(Path file, boolean header, int size, String displayName) {
        List<ScenarioProblem> problems = new ArrayList<>();
        int[] src = new int[1024];
        int[] dst = new int[1024];
        boolean[] str = new boolean[1024];
        int n = 0;
        int selfLoops = 0;
        int duplicates = 0;
        PairTable seen = new PairTable(1024);
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        refuseIfNotRegular(file, displayName);
        // The file's SHA-256 goes in the manifest (as the scenario's does), computed while reading.
        try (java.io.Reader reader = new java.io.InputStreamReader(new java.security.DigestInputStream(
                UserFiles.limited(Files.newInputStream(file), MAX_FILE_BYTES), digest), StandardCharsets.UTF_8.newDecoder())) {
            BoundedLines in = new BoundedLines(reader, MAX_LINE_CHARS);
            String line;
            int lineNo = 0;
            // Stop at MAX_ERRORS: a file of a million bad rows needs one fix, not a million messages.
            while (problems.size() < MAX_ERRORS && (line = in.next()) != null) {
                lineNo++;
                if (lineNo == 1 && header) {
                    continue;
                }
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] cols = COLUMNS.split(t);
                if (cols.length < 2 || cols.length > 3) {
                    add(problems, displayName, lineNo, "'source,target' or 'source,target,strength'",
                            cols.length + " column" + (cols.length == 1 ? "" : "s"));
                    continue;
                }
                int a;
                int b;
                double s = 0;
                try {
                    a = Integer.parseInt(cols[0]);
                    b = Integer.parseInt(cols[1]);
                    if (cols.length == 3) {
                        s = Double.parseDouble(cols[2]);
                    }
                } catch (NumberFormatException e) {
                    add(problems, displayName, lineNo, "whole-number consumer ids and a numeric strength", "'" + abbreviate(t) + "'");
                    continue;
                }
                if (a < 0 || b < 0 || a >= size || b >= size) {
                    add(problems, displayName, lineNo, "consumer ids from 0 to " + (size - 1) + " (population.size is " + size + ")",
                            "id " + (a < 0 || a >= size ? a : b));
                    continue;
                }
                if (!(s >= 0 && s <= 1)) {
                    add(problems, displayName, lineNo, "a strength in [0, 1]", cols[2]);
                    continue;
                }
                if (a == b) {
                    selfLoops++;
                    continue;
                }
                long key = PairTable.key(a, b);
                int earlier = seen.putIfAbsent(key, n);
                if (earlier != PairTable.MISSING) {
                    duplicates++;
                    str[earlier] |= s >= 0.5;
                    continue;
                }
                if (n == src.length) {
                    src = Arrays.copyOf(src, n * 2);
                    dst = Arrays.copyOf(dst, n * 2);
                    str = Arrays.copyOf(str, n * 2);
                }
                src[n] = a;
                dst[n] = b;
                str[n] = s >= 0.5;
                n++;
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.ENCODING,
                    new dev.rapport.scenario.bind.Location(displayName, firstLineNotUtf8(file), 1), "network.file",
                    "a UTF-8 text CSV file", "bytes that are not UTF-8 text", "save the file as UTF-8")));
        } catch (BoundedLines.LineTooLong e) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.LIMIT,
                    new dev.rapport.scenario.bind.Location(displayName, e.line(), MAX_LINE_CHARS + 1), "network.file",
                    "lines of at most " + MAX_LINE_CHARS + " characters", "a longer line",
                    "write one tie per line: source,target[,strength]")));
        } catch (UserFiles.TooLarge e) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.LIMIT,
                    dev.rapport.scenario.bind.Location.of(displayName), "network.file",
                    "an edge-list file of at most 1 GiB", e.getMessage(), null)));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.FILE,
                    dev.rapport.scenario.bind.Location.of(displayName), "", "a readable edge-list file", e.getMessage(), null)));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new EdgeListData(Arrays.copyOf(src, n), Arrays.copyOf(dst, n), Arrays.copyOf(str, n), selfLoops, duplicates,
                java.util.HexFormat.of().formatHex(digest.digest()));
    }

    private static void refuseIfNotRegular(Path file, String displayName) {
        String kind;
        try {
            kind = UserFiles.notRegular(file);
        } catch (IOException e) {
            kind = "no readable file (" + e.getMessage() + ")";
        }
        if (kind != null) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.FILE,
                    dev.rapport.scenario.bind.Location.of(displayName), "network.file", "a CSV edge-list file", kind,
                    "save the edge list to a file and give that file's name")));
        }
    }

    /** The 1-based line of the first bytes that are not UTF-8 (only read when there are some). */
    private static int firstLineNotUtf8(Path file) {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int lineNo = 1;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    if (!isUtf8(line.toByteArray())) {
                        return lineNo;
                    }
                    line.reset();
                    lineNo++;
                } else if (line.size() > MAX_LINE_CHARS * 4) {
                    return lineNo; // a line too long to be a row: the bad bytes are in it, or it is wrong anyway
                } else {
                    line.write(b);
                }
            }
            return lineNo;
        } catch (IOException e) {
            return 1;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static void add(List<ScenarioProblem> problems, String file, int line, String expected, String found) {
        problems.add(new ScenarioProblem(ScenarioProblem.Code.FILE, new dev.rapport.scenario.bind.Location(file, line, 1),
                "network.file", expected, found, null));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    public int edgeCount() {
        return sources.length;
    }
}
