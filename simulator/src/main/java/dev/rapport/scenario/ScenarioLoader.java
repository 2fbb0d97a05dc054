package dev.rapport.scenario;

import dev.rapport.scenario.bind.Binder;
import dev.rapport.scenario.bind.Location;
import dev.rapport.scenario.bind.Node;
import dev.rapport.scenario.bind.Overrides;
import dev.rapport.scenario.bind.YamlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a scenario: reads the file as strict UTF-8, parses it within safe limits, applies
 * {@code --set} overrides, binds it onto {@link Scenario} with every key, type and range checked,
 * then runs the {@link ScenarioChecks} that span several keys. Any problem ends in one
 * {@link ScenarioException} that lists them all; a valid scenario comes with the
 * {@link PlanWarnings} about it.
 */
public final class ScenarioLoader {
    /** Largest scenario file read at all; real scenarios are a few kilobytes. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final Set<String> metricNames;
    private final YamlReader reader;

    /** @param metricNames the metrics an objective may name (the model's catalogue) */
    public ScenarioLoader(Set<String> metricNames) {
        this(metricNames, new YamlReader());
    }

    public ScenarioLoader(Set<String> metricNames, YamlReader reader) {
        this.metricNames = Set.copyOf(metricNames);
        this.reader = reader;
    }

    public LoadedScenario load(Path file, List<String> overrides) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (name.isBlank()) {
                // An empty argument resolves to the current folder, which would be reported as one.
                throw fail(ScenarioProblem.Code.FILE, "(no file name)", "a scenario file", "an empty file name",
                        "give the scenario's file name, e.g. scenarios/spend-vs-invest.yaml (see rapport list)");
            }
            String kind = UserFiles.notRegular(file);
            if (kind != null) {
                throw fail(ScenarioProblem.Code.FILE, name, "a scenario file", kind,
                        kind.equals("a folder") ? null : "save the scenario to a file and give that file's name");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw fail(ScenarioProblem.Code.LIMIT, name, "a scenario file of at most 8 MiB", size + " bytes",
                        "put large data (an edge list) in its own CSV file");
            }
            // Bounded by bytes read, not by the size above: the file may grow while it is read.
            bytes = UserFiles.readAtMost(file, MAX_FILE_BYTES);
            if (bytes.length > MAX_FILE_BYTES) {
                throw fail(ScenarioProblem.Code.LIMIT, name, "a scenario file of at most 8 MiB",
                        "more than " + MAX_FILE_BYTES + " bytes", "put large data (an edge list) in its own CSV file");
            }
        } catch (NoSuchFileException e) {
            throw fail(ScenarioProblem.Code.FILE, name, "an existing scenario file", "no such file",
                    "`rapport list` shows the bundled scenarios; `rapport init NAME` writes a starter");
        } catch (IOException e) {
            throw fail(ScenarioProblem.Code.FILE, name, "a readable scenario file", e.getMessage(), null);
        }
        return load(bytes, name, file, overrides);
    }

    /** Loads scenario text that has no file (tests, bundled resources); edge lists resolve from {@code baseFile}'s folder. */
    public LoadedScenario load(byte[] bytes, String sourceName, Path baseFile, List<String> overrides) {
        String text = decode(bytes, sourceName);
        Node tree = reader.read(text, sourceName);
        if (tree instanceof Node.ScalarNode scalar && scalar.text().isEmpty()) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.EMPTY, tree.location(), "",
                    "a YAML map of scenario keys", "a document with no content", "start from `rapport init NAME`")));
        }
        if (!(tree instanceof Node.MapNode)) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.WRONG_TYPE, tree.location(), "",
                    "a map of scenario keys (name:, brands:, ...)", tree.describe(), "start from `rapport init NAME`")));
        }
        Node effective = Overrides.apply(tree, overrides);
        Binder.Result<Scenario> bound = Binder.bind(effective, Scenario.class);
        boolean horizonOverridden = overrides.stream().anyMatch(o -> o.strip().startsWith("time"));
        Optional<EdgeListData> edges = new ScenarioChecks(bound, metricNames, baseFile, horizonOverridden).check();
        if (!bound.value().uncertain().isEmpty()) {
            new UncertainChecks(bound,
                    variant -> new ScenarioChecks(variant, metricNames, baseFile, horizonOverridden).check()).check();
        }
        List<ScenarioWarning> warnings = new PlanWarnings(bound, horizonOverridden).warnings();
        return new LoadedScenario(bound.value(), baseFile, text, sha256(bytes), overrides, edges, bound.locations(), warnings);
    }

    private static String decode(byte[] bytes, String source) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) || looksLikeUtf16(bytes)) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.ENCODING,
                    new Location(source, 1, 1), "", "UTF-8 text", "UTF-16 text",
                    "save the file as UTF-8 (most editors: 'Save with encoding')")));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.ENCODING,
                        position(bytes, i, source), "", "a YAML text file", "binary data (a NUL byte)",
                        "is this the right file? A scenario is text, e.g. from `rapport init NAME`")));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(ScenarioProblem.Code.ENCODING,
                    position(bytes, firstInvalidUtf8(bytes), source), "", "UTF-8 text",
                    "a byte that is not UTF-8 (Latin-1 or Windows-1252?)", "save the file as UTF-8")));
        }
    }

    /** Line and column (in characters) of byte {@code index}, counting UTF-8 continuation bytes as nothing. */
    private static Location position(byte[] bytes, int index, String source) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new Location(source, line, col);
    }

    /**
     * UTF-16 without a byte-order mark: ASCII text then has a NUL in every other byte. Saying so
     * beats "binary data" for the usual cause, a Windows editor's "Unicode" encoding.
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 64);
        if (pairs < 4) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        return (evenNul == pairs && oddNul == 0) || (oddNul == pairs && evenNul == 0);
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static ScenarioException fail(ScenarioProblem.Code code, String source, String expected, String found, String hint) {
        return new ScenarioException(List.of(new ScenarioProblem(code, Location.of(source), "", expected, found, hint)));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
