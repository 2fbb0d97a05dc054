package dev.rapport.report.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens an HTML report in headless Chromium (Debian's package) as a client's browser would, and
 * reports what rendered: each chart's size and text count, page errors, console lines and the
 * resources loaded. Shared (as the reports test jar) by the reports module's own browser test and
 * the simulator's end-to-end test of a real run. Without Chromium a test is skipped on a
 * developer's machine and fails on CI ({@code CI} set).
 */
public final class ChromiumProbe {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    /** Records errors before anything else runs, whatever their source. */
    private static final String ERROR_PROBE = """
            <script>
            window.__errors = [];
            window.addEventListener('error', e => window.__errors.push(String(e.message || e.type)), true);
            window.addEventListener('unhandledrejection', e => window.__errors.push(String(e.reason)));
            const consoleError = console.error;
            console.error = (...args) => { window.__errors.push(args.join(' ')); consoleError(...args); };
            </script>""";

    /** Runs last: writes what rendered into the DOM, which --dump-dom prints. */
    private static final String SIZE_PROBE = """
            <script>
            (function () {
              const figures = [...document.querySelectorAll('figure.chart')].map(f => {
                const svg = f.querySelector('svg');
                const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
                return {id: f.id, width: box.width, height: box.height,
                        texts: svg ? svg.querySelectorAll('text').length : 0,
                        caption: (f.querySelector('figcaption') || {}).textContent || ''};
              });
              const probe = document.createElement('pre');
              probe.id = 'rapport-probe';
              probe.textContent = JSON.stringify({figures: figures, errors: window.__errors,
                  resources: performance.getEntriesByType('resource').map(r => r.name)});
              document.body.appendChild(probe);
            })();
            </script>""";

    /** What the page rendered, and what Chromium logged to its console. */
    public record Rendered(JsonNode probe, List<String> consoleLines) {
        public JsonNode figures() {
            return probe.path("figures");
        }

        public JsonNode errors() {
            return probe.path("errors");
        }

        public JsonNode resources() {
            return probe.path("resources");
        }
    }

    private final Path workDir;

    public ChromiumProbe(Path workDir) {
        this.workDir = workDir;
    }

    /** Skips the calling test without Chromium, or fails it on CI. */
    public static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                fail("CI needs Chromium at " + CHROMIUM + " for the report's browser test: apt-get install -y chromium");
            }
            Assumptions.abort("Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium)");
        }
    }

    /** Loads {@code report} with the probes injected and returns what rendered. */
    public Rendered render(Path report) throws IOException, InterruptedException {
        String html = Files.readString(report);
        Path probed = workDir.resolve("probed.html");
        Files.writeString(probed, html.replaceFirst("<head>", "<head>" + Matcher.quoteReplacement(ERROR_PROBE))
                .replace("</body>", SIZE_PROBE + "</body>"));
        Run run = chromium("--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom",
                probed.toUri().toString());
        Matcher probe = Pattern.compile("<pre id=\"rapport-probe\">(.*?)</pre>", Pattern.DOTALL).matcher(run.stdout());
        if (!probe.find()) {
            fail("the probe did not run; Chromium said: " + run.stderr());
        }
        JsonNode result = new ObjectMapper().readTree(unescape(probe.group(1)));
        List<String> console = run.stderr().lines().filter(l -> l.contains(":CONSOLE")).toList();
        return new Rendered(result, console);
    }

    /** Takes a screenshot of {@code report} into {@code png}; returns Chromium's stderr. */
    public String screenshot(Path report, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        return chromium("--hide-scrollbars", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), report.toUri().toString()).stderr();
    }

    private record Run(String stdout, String stderr) {
    }

    private Run chromium(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--mute-audio",
                "--user-data-dir=" + Files.createTempDirectory(workDir, "chromium-profile")));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(workDir, "chromium", ".out");
        Path err = Files.createTempFile(workDir, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(err));
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
