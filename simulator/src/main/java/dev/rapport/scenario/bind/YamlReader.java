package dev.rapport.scenario.bind;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.rapport.scenario.ScenarioException;
import dev.rapport.scenario.ScenarioProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into a {@link Node} tree that keeps each value's line and column.
 *
 * <p>Scenario files come from colleagues and the internet, so the reader refuses hostile input
 * before it costs memory: documents over {@link Limits#maxDocumentChars()}, nesting deeper than
 * {@link Limits#maxDepth()}, scalars longer than {@link Limits#maxScalarChars()}, lines longer than
 * {@link Limits#maxLineChars()}, and aliases whose
 * expansion would exceed {@link Limits#maxExpandedNodes()} (the "billion laughs" attack). Aliases
 * are resolved by sharing the anchored subtree, never by copying it, and their expanded size is
 * counted rather than built.
 */
public final class YamlReader {

    /** Bounds on what a scenario document may cost to read. */
    public record Limits(int maxDocumentChars, int maxDepth, int maxScalarChars, long maxExpandedNodes, int maxLineChars) {
        public static Limits defaults() {
            return new Limits(8 * 1024 * 1024, 64, 100_000, 1_000_000, 100_000);
        }
    }

    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null", "seq", "map");

    private final Limits limits;
    private final YAMLFactory factory;

    public YamlReader(Limits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxDocumentChars());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowDuplicateKeys(true); // the reader reports duplicates itself, with both lines
        options.setMaxAliasesForCollections(Integer.MAX_VALUE); // expansion is bounded below instead
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxScalarChars())
                        .maxNumberLength(1000)
                        .build())
                .build();
    }

    public YamlReader() {
        this(Limits.defaults());
    }

    /**
     * Parses {@code text}, naming {@code source} in locations. Throws {@link ScenarioException}
     * with code {@code SYNTAX} for text that is not YAML, or {@code LIMIT} for hostile input.
     */
    public Node read(String text, String source) {
        if (text.length() > limits.maxDocumentChars()) {
            throw single(ScenarioProblem.Code.LIMIT, new Location(source, 1, 1), "",
                    "a scenario of at most " + limits.maxDocumentChars() + " characters",
                    text.length() + " characters", "split the data out (an edge list goes in its own CSV file)");
        }
        longLine(text, source);
        if (text.isBlank()) {
            throw single(ScenarioProblem.Code.EMPTY, new Location(source, 1, 1), "",
                    "a YAML map of scenario keys", "an empty file", "start from `rapport init NAME`");
        }
        Builder builder = null;
        try (JsonParser parser = factory.createParser(text)) {
            builder = new Builder((YAMLParser) parser, source, scalarAnchors(text));
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw single(ScenarioProblem.Code.EMPTY, new Location(source, 1, 1), "",
                        "a YAML map of scenario keys", "a document with no content", "start from `rapport init NAME`");
            }
            Node root = builder.value(0);
            if (parser.nextToken() != null) {
                throw single(ScenarioProblem.Code.SYNTAX, builder.here(), "",
                        "one YAML document", "a second document", "remove the extra `---` section");
            }
            return root;
        } catch (ScenarioException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw syntax(e, source, text, builder == null ? null : builder.last);
        } catch (IOException e) {
            throw single(ScenarioProblem.Code.SYNTAX, new Location(source, 1, 1), "", "readable YAML", e.getMessage(), null);
        } catch (RuntimeException e) {
            // SnakeYAML reports its own limits (nesting, code points) as unchecked exceptions.
            throw limit(firstLine(e.getMessage()), source, builder == null ? null : builder.last);
        }
    }

    /** A limit Jackson or SnakeYAML enforced, said in the reader's own terms, at the last value read. */
    private ScenarioException limit(String message, String source, Location last) {
        Location where = last != null ? last : new Location(source, 1, 1);
        if (message.toLowerCase(java.util.Locale.ROOT).contains("nesting")) {
            return single(ScenarioProblem.Code.LIMIT, where, "", "nesting at most " + limits.maxDepth() + " deep",
                    "deeper nesting", "a scenario needs a few levels; is this the right file?");
        }
        return single(ScenarioProblem.Code.LIMIT, where, "", "a scenario within the reader's limits", message, null);
    }

    /**
     * The anchors of scalar values, by position. Jackson's YAML parser reports anchors on maps and
     * lists but drops those on scalars ({@code price: &p 40}), which made a valid {@code *p} look
     * undefined; SnakeYAML's event stream has them. Only read when the text has an anchor at all.
     */
    private Map<Long, String> scalarAnchors(String text) {
        if (text.indexOf('&') < 0) {
            return Map.of();
        }
        Map<Long, String> anchors = new HashMap<>();
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxDocumentChars());
        options.setNestingDepthLimit(limits.maxDepth());
        try {
            for (org.yaml.snakeyaml.events.Event e : new org.yaml.snakeyaml.Yaml(options).parse(new java.io.StringReader(text))) {
                if (e instanceof org.yaml.snakeyaml.events.ScalarEvent scalar && scalar.getAnchor() != null) {
                    anchors.put(position(scalar.getStartMark().getLine() + 1, scalar.getStartMark().getColumn() + 1),
                            scalar.getAnchor());
                }
            }
        } catch (RuntimeException e) {
            // Not YAML after all: the main parse reports where and why.
        }
        return anchors;
    }

    private static long position(int line, int column) {
        return (long) line << 32 | column;
    }

    /** Refuses a line longer than the limit before parsing: no hand-written scenario has one. */
    private void longLine(String text, String source) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > limits.maxLineChars()) {
                    throw single(ScenarioProblem.Code.LIMIT, new Location(source, line, limits.maxLineChars() + 1), "",
                            "lines of at most " + limits.maxLineChars() + " characters", "a line of " + (i - start)
                                    + " characters", "break long lists over several lines, or put data (an edge list) in its own CSV file");
                }
                line++;
                start = i + 1;
            }
        }
    }

    private ScenarioException syntax(JsonProcessingException e, String source, String text, Location last) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblem() != null
                && marked.getProblemMark() != null) {
            ScenarioException longKey = longKey(marked, source, text);
            return longKey != null ? longKey : yamlSyntax(marked, source);
        }
        JsonLocation loc = e.getLocation();
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Expected a field name")) {
            // Jackson's words for a YAML complex key (`? [a, b]`), naming SnakeYAML's event classes.
            Location where = loc != null && loc.getLineNr() > 0
                    ? new Location(source, loc.getLineNr(), Math.max(1, loc.getColumnNr())) : last != null ? last : new Location(source, 1, 1);
            String what = message.contains("SequenceStart") ? "a list used as a key" : message.contains("MappingStart")
                    ? "a map used as a key" : "a key that is not plain text";
            return single(ScenarioProblem.Code.SYNTAX, where, "", "a key that is a word (such as price)", what,
                    "scenario keys are plain words: remove the '?' (a YAML complex key) or the brackets");
        }
        ScenarioProblem.Code code = message.contains("exceeds") || message.contains("limit")
                ? ScenarioProblem.Code.LIMIT : ScenarioProblem.Code.SYNTAX;
        Location where = loc != null && loc.getLineNr() > 0
                ? new Location(source, loc.getLineNr(), Math.max(1, loc.getColumnNr()))
                : last != null ? last : new Location(source, 1, 1);
        if (code == ScenarioProblem.Code.LIMIT) {
            return limit(message, source, where);
        }
        return single(code, where, "", code == ScenarioProblem.Code.LIMIT
                ? "a scenario within the reader's limits" : "valid YAML", message,
                code == ScenarioProblem.Code.SYNTAX ? "check indentation (spaces, not tabs) and that every `key:` has a space after the colon" : null);
    }

    /**
     * SnakeYAML gives up on a plain key longer than 1024 characters with "could not find expected
     * ':'", although the colon is there; say what is wrong instead. Null when that is not the case.
     */
    private static ScenarioException longKey(org.yaml.snakeyaml.error.MarkedYAMLException e, String source, String text) {
        var start = e.getContextMark();
        if (start == null || e.getContext() == null || !e.getContext().contains("simple key")
                || !e.getProblem().contains("could not find expected ':'")) {
            return null;
        }
        int from = start.getIndex();
        int lineEnd = text.indexOf('\n', Math.min(from, text.length()));
        String rest = text.substring(Math.min(from, text.length()), lineEnd < 0 ? text.length() : lineEnd);
        int colon = rest.indexOf(':');
        if (colon < SIMPLE_KEY_CHARS) {
            return null;
        }
        return single(ScenarioProblem.Code.SYNTAX, new Location(source, start.getLine() + 1, start.getColumn() + 1), "",
                "a key of at most " + SIMPLE_KEY_CHARS + " characters", "a key of " + colon + " characters",
                "scenario keys are short words such as price; put long text in a value (key: \"text\")");
    }

    /** The longest plain key YAML (SnakeYAML) reads. */
    private static final int SIMPLE_KEY_CHARS = 1024;

    /**
     * SnakeYAML's own account: what it found where (the problem mark, the place to look) and what
     * it was doing (the context), e.g. "expected <block end>, but found '-' (while parsing a block
     * collection)".
     */
    private static ScenarioException yamlSyntax(org.yaml.snakeyaml.error.MarkedYAMLException e, String source) {
        String problem = firstLine(e.getProblem()).replaceFirst("^found ", "");
        String context = e.getContext() == null ? "" : " (" + firstLine(e.getContext()) + ")";
        // At the end of the file the useful place is where the unfinished thing (a quote, a bracket) began.
        var mark = problem.contains("end of stream") && e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
        Location where = new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
        if (problem.contains("incompatible YAML document")) {
            return single(ScenarioProblem.Code.SYNTAX, where, "", "YAML 1.1 or 1.2", "a %YAML directive for another version",
                    "delete the %YAML line: a scenario needs no directive");
        }
        String hint = problem.contains("\\t") || problem.contains("\t")
                ? "indent with spaces: YAML does not allow tabs for indentation"
                : context.contains("quoted scalar")
                ? "close the quote that starts here"
                : problem.contains("mapping values are not allowed")
                ? "put text that contains ': ' in quotes, or check the indentation of the line"
                : "check indentation (spaces, not tabs) and that every `key:` has a space after the colon";
        return single(ScenarioProblem.Code.SYNTAX, where, "", "valid YAML", problem + context, hint);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }

    private static ScenarioException single(ScenarioProblem.Code code, Location where, String path, String expected,
                                            String found, String suggestion) {
        return new ScenarioException(List.of(new ScenarioProblem(code, where, path, expected, found, suggestion)));
    }

    /** Builds the tree from the token stream, one document at a time. */
    private final class Builder {
        private final YAMLParser parser;
        private final String source;
        private final Map<String, Node> anchors = new HashMap<>();
        private final Map<Node, Long> expandedSize = new IdentityHashMap<>();
        private final Map<Long, String> scalarAnchors;
        private long expandedTotal;
        /** Where the last value started: the place to point at when a parser limit stops reading. */
        private Location last;

        Builder(YAMLParser parser, String source, Map<Long, String> scalarAnchors) {
            this.parser = parser;
            this.source = source;
            this.scalarAnchors = scalarAnchors;
        }

        Location here() {
            JsonLocation loc = parser.currentTokenLocation();
            return new Location(source, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
        }

        Node value(int depth) throws IOException {
            if (depth > limits.maxDepth()) {
                throw single(ScenarioProblem.Code.LIMIT, here(), "", "nesting at most " + limits.maxDepth() + " deep",
                        "deeper nesting", null);
            }
            Location at = here();
            last = at;
            if (parser.isCurrentAlias()) {
                String name = parser.getText();
                Node target = anchors.get(name);
                if (target == null) {
                    throw single(ScenarioProblem.Code.SYNTAX, at, "", "an alias to an anchor defined earlier",
                            "*" + name, "define `&" + name + "` before using `*" + name + "`");
                }
                count(expandedSize.getOrDefault(target, 1L), at);
                return target;
            }
            refuseTag(at);
            String anchor = parser.getCurrentAnchor();
            if (anchor == null && !parser.currentToken().isStructStart()) {
                anchor = scalarAnchors.get(position(at.line(), at.column()));
            }
            long before = expandedTotal;
            Node node = switch (parser.currentToken()) {
                case START_OBJECT -> map(at, depth);
                case START_ARRAY -> list(at, depth);
                case VALUE_NULL -> new Node.ScalarNode("", Node.ScalarType.NULL, at);
                case VALUE_TRUE, VALUE_FALSE -> new Node.ScalarNode(parser.getText(), Node.ScalarType.BOOLEAN, at);
                case VALUE_NUMBER_INT -> new Node.ScalarNode(parser.getText(), Node.ScalarType.INTEGER, at);
                case VALUE_NUMBER_FLOAT -> new Node.ScalarNode(parser.getText(), Node.ScalarType.DECIMAL, at);
                default -> new Node.ScalarNode(parser.getText(), Node.ScalarType.STRING, at);
            };
            if (!(node instanceof Node.MapNode) && !(node instanceof Node.ListNode)) {
                count(1, at);
                // Checked here: Jackson's string-length constraint is not applied by its YAML parser.
                if (((Node.ScalarNode) node).text().length() > limits.maxScalarChars()) {
                    throw single(ScenarioProblem.Code.LIMIT, at, "", "a value of at most " + limits.maxScalarChars()
                            + " characters", "one of " + ((Node.ScalarNode) node).text().length() + " characters",
                            "put large data (an edge list) in its own CSV file");
                }
            }
            if (anchor != null) {
                anchors.put(anchor, node);
                expandedSize.put(node, Math.max(1, expandedTotal - before));
            }
            return node;
        }

        /**
         * A tag other than YAML's core ones ({@code !!java.lang.Integer 300}) would make the value
         * text, and "remove the quotes" a wrong hint; name the tag instead.
         */
        private void refuseTag(Location at) throws IOException {
            String tag = parser.getTypeId();
            if (tag == null) {
                return;
            }
            String name = tag.startsWith(CORE_TAG_PREFIX) ? tag.substring(CORE_TAG_PREFIX.length()) : tag;
            boolean core = tag.startsWith(CORE_TAG_PREFIX) || tag.startsWith("!!");
            name = name.replaceFirst("^!+", "");
            if (core && CORE_TAGS.contains(name)) {
                return;
            }
            throw single(ScenarioProblem.Code.SYNTAX, at, "", "a plain value", "the YAML tag '" + (core ? "!!" : "!") + name + "'",
                    "remove the tag: scenario values need none");
        }

        private void count(long nodes, Location at) {
            expandedTotal += nodes;
            if (expandedTotal > limits.maxExpandedNodes()) {
                throw single(ScenarioProblem.Code.LIMIT, at, "",
                        "a scenario of at most " + limits.maxExpandedNodes() + " values once aliases are expanded",
                        "aliases that expand past that (a \"billion laughs\" document?)",
                        "write the values out, or use fewer nested aliases");
            }
        }

        private Node map(Location at, int depth) throws IOException {
            LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
            Map<String, Location> keys = new HashMap<>();
            count(1, at);
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = here();
                parser.nextToken();
                Node value = value(depth + 1);
                if (entries.containsKey(key)) {
                    throw single(ScenarioProblem.Code.DUPLICATE_KEY, keyAt, key,
                            "each key once per map", "'" + key + "' again (first at line " + keys.get(key).line() + ")",
                            "remove one of the two");
                }
                entries.put(key, value);
                keys.put(key, keyAt);
            }
            if (t != JsonToken.END_OBJECT) {
                throw single(ScenarioProblem.Code.SYNTAX, here(), "", "a map key", String.valueOf(t), null);
            }
            return new Node.MapNode(entries, keys, at);
        }

        private Node list(Location at, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            count(1, at);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(depth + 1));
            }
            return new Node.ListNode(items, at);
        }
    }
}
