package io.nape.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.notify.ReminderCommand;
import io.nape.app.notify.ReminderHub;
import io.nape.app.notify.ReminderLoop;
import io.nape.app.web.WebServer;
import io.nape.core.plan.Settings;
import io.nape.core.presence.HeldReminder;
import io.nape.core.presence.PresenceRules;
import io.nape.core.presence.Verdict;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open page as a presence sensor, in a real browser whose own clock the test moves: hidden and
 * without input for the natural-break time, the running reminders see the person away; input on the
 * shown page brings them back.
 */
class PresenceBrowserTest {
    private static final String HIDE = "() => { Object.defineProperty(document, 'visibilityState',"
            + " {configurable: true, get: () => 'hidden'}); document.dispatchEvent(new Event('visibilitychange')); }";
    private static final String SHOW = "() => { Object.defineProperty(document, 'visibilityState',"
            + " {configurable: true, get: () => 'visible'}); document.dispatchEvent(new Event('visibilitychange')); }";

    @TempDir
    Path home;

    @Test
    void aHiddenPageWithoutInputMakesThePersonAwayAndInputBringsThemBack() throws Exception {
        Path chromium = Chromium.require();
        BlockingQueue<ReminderCommand> commands = new LinkedBlockingQueue<>();
        ReminderHub hub = ReminderHub.forLoop(commands::add);
        Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(System.err, true));
        Settings settings = Settings.defaults(ZoneOffset.UTC);
        ReminderLoop loop = new ReminderLoop(
                wiring.clock(),
                () -> settings,
                (current, day) -> List.of(),
                wiring.reminders(),
                List.of(),
                List.of(hub.pagePresence()),
                event -> Optional.empty());
        hub.presenceFrom(loop::presence);
        hub.pagePresence().onChange(() -> commands.add(new ReminderCommand.Wake()));
        Thread running = new Thread(
                () -> loop.run(atMost -> Optional.ofNullable(commands.poll(atMost.toMillis(), TimeUnit.MILLISECONDS))),
                "loop-under-test");
        running.start();
        try (WebServer server = WebServer.start(0, WebServer.features(wiring, hub));
                Playwright playwright = Playwright.create();
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(chromium)
                                .setHeadless(true))) {
            Page page = browser.newPage();
            page.clock().install();
            page.navigate(server.address());
            // Present is also what no sensor at all says: wait for the page's own report.
            assertThat(awaitState(server, "present", seen -> seen.get("sensor")
                                    .stringValue()
                                    .equals("page"))
                            .get("sensor")
                            .stringValue())
                    .isEqualTo("page");

            page.evaluate(HIDE);
            int naturalBreak = settings.breaks().naturalBreakMinutes();
            // Minute by minute, as the page reports: each report lands before the next is sent.
            for (int minute = 0; minute <= naturalBreak; minute++) {
                page.clock().runFor(Duration.ofSeconds(61).toMillis());
                page.waitForTimeout(300);
            }
            JsonNode away = awaitState(
                    server, "away", seen -> !Instant.parse(seen.get("since").stringValue())
                            .isAfter(wiring.clock().instant().minus(Duration.ofMinutes(naturalBreak))));
            Instant since = Instant.parse(away.get("since").stringValue());
            assertThat(Duration.between(since, wiring.clock().instant()))
                    .as("away since the last input the page saw, at least the natural-break time ago")
                    .isGreaterThanOrEqualTo(Duration.ofMinutes(naturalBreak));
            assertThat(PresenceRules.ofMinutes(naturalBreak, 30)
                            .decide(
                                    new HeldReminder(
                                            "10:00 micro-break",
                                            false,
                                            wiring.clock().instant()),
                                    hub.presence(wiring.clock().instant()),
                                    wiring.clock().instant()))
                    .as("a break due now would be a natural break")
                    .isEqualTo(Verdict.NATURAL_BREAK);

            page.evaluate(SHOW);
            page.mouse().move(40, 40);
            page.mouse().move(80, 60);
            page.clock().runFor(Duration.ofSeconds(61).toMillis());
            awaitState(
                    server, "present", seen -> seen.get("sensor").stringValue().equals("page"));
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve("presence-back.png")));
        } finally {
            commands.add(new ReminderCommand.Stop());
            running.join(10_000);
            wiring.close();
        }
        assertThat(running.isAlive()).isFalse();
    }

    /** Ask the server where it sees the person until it says {@code state}, for at most 15 s. */
    private static JsonNode awaitState(WebServer server, String state) throws Exception {
        return awaitState(server, state, seen -> true);
    }

    /** Ask the server until it says {@code state} and the reading passes {@code also}, for at most 15 s. */
    private static JsonNode awaitState(WebServer server, String state, java.util.function.Predicate<JsonNode> also)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        JsonNode seen = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        do {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(server.address() + "api/presence"))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            seen = json.readTree(response.body());
            if (seen.get("state").stringValue().equals(state) && also.test(seen)) {
                return seen;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertThat(seen.get("state").stringValue())
                .as("the server's view of the person")
                .isEqualTo(state);
        return seen;
    }
}
