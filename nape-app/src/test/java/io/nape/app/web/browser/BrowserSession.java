package io.nape.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotCaret;
import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Drive Debian's Chromium against a real Nape server over a fresh data folder. Every page visited
 * is saved as a screenshot under {@code target/screenshots} and checked with axe-core; the console
 * is watched for Content-Security-Policy violations.
 */
final class BrowserSession implements AutoCloseable {
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    /** The pages already checked with axe in this run, by name: the same page in another journey is not checked twice. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private static Playwright playwright;
    private static Browser browser;

    final Wiring wiring;
    final WebServer server;
    final BrowserContext context;
    final Page page;
    private final String journey;
    private final boolean javaScript;
    private final List<String> consoleProblems = new ArrayList<>();
    private final List<String> axeFindings = new ArrayList<>();
    private int visits;

    private BrowserSession(Path dataFolder, String journey, boolean javaScript, int width, int height) {
        this(dataFolder, journey, javaScript, width, height, "en-GB");
    }

    private BrowserSession(
            Path dataFolder, String journey, boolean javaScript, int width, int height, String browserLocale) {
        Chromium.require();
        this.journey = journey;
        this.javaScript = javaScript;
        this.wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", dataFolder.toString()), null), new PrintWriter(System.err, true));
        this.server = WebServer.start(0, WebServer.features(wiring));
        this.context = browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setLocale(browserLocale)
                        .setJavaScriptEnabled(javaScript)
                        .setBaseURL("http://127.0.0.1:" + server.port()));
        this.page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                consoleProblems.add(message.text());
            }
        });
        page.onPageError(error -> consoleProblems.add("page error: " + error));
    }

    /** A session on a phone-sized window (375 px wide). */
    static BrowserSession open(Path dataFolder, String journey) {
        return new BrowserSession(dataFolder, journey, true, 375, 812);
    }

    static BrowserSession open(Path dataFolder, String journey, boolean javaScript, int width) {
        return new BrowserSession(dataFolder, journey, javaScript, width, 812);
    }

    /** A session on a window of the given size. */
    /** A session whose browser asks for pages in this locale (its Accept-Language), 375 px wide. */
    static BrowserSession inLocale(Path dataFolder, String journey, String browserLocale) {
        return new BrowserSession(dataFolder, journey, true, 375, 812, browserLocale);
    }

    static BrowserSession open(Path dataFolder, String journey, boolean javaScript, int width, int height) {
        return new BrowserSession(dataFolder, journey, javaScript, width, height);
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create();
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Chromium.require())
                            .setHeadless(true));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
        }
        return browser;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * Save a screenshot of the page as it is now and check it with axe, unless a page of that name was
     * checked already; the findings fail the test at {@link #assertClean()}.
     */
    void visit(String name) {
        long began = System.nanoTime();
        visits++;
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", journey, visits, name)))
                .setFullPage(true)
                .setCaret(ScreenshotCaret.INITIAL));
        long shot = System.nanoTime();
        if (javaScript && CHECKED.add(name)) {
            AxeRunOptions options = new AxeRunOptions();
            options.setResultTypes(List.of("violations"));
            AxeResults results = new AxeBuilder(page).options(options).analyze();
            for (Rule rule : results.getViolations()) {
                if (FAILING_IMPACTS.contains(rule.getImpact())) {
                    axeFindings.add(name + " (" + page.url() + "): " + rule.getImpact() + " " + rule.getId() + ": "
                            + rule.getHelp() + " at "
                            + rule.getNodes().stream()
                                    .map(node -> String.valueOf(node.getTarget()))
                                    .collect(Collectors.joining(", ")));
                }
            }
        }
        System.out.printf(
                "visit %s-%s: screenshot %d ms, axe %d ms%n",
                journey, name, (shot - began) / 1_000_000, (System.nanoTime() - shot) / 1_000_000);
    }

    /** Fail on any serious or critical axe finding and any CSP violation seen so far. */
    void assertClean() {
        assertThat(axeFindings)
                .as("serious or critical accessibility violations")
                .isEmpty();
        assertThat(consoleProblems)
                .as("Content-Security-Policy violations and page errors")
                .isEmpty();
    }

    @Override
    public void close() {
        context.close();
        server.close();
        wiring.close();
    }
}
