package io.nape.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.notify.ReminderCommand;
import io.nape.app.notify.ReminderHub;
import io.nape.app.notify.WebNotifier;
import io.nape.app.usecase.session.Checks;
import io.nape.app.web.WebServer;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.DeskBreaks;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Reminder;
import io.nape.core.plan.SnoozeLength;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reminder fired by the loop shows in an open page, and the page's answer reaches the loop. */
class ReminderBannerBrowserTest {
    @TempDir
    Path home;

    @Test
    void showsAReminderInTheOpenPageAndSendsTheSnoozeBack() throws Exception {
        Path chromium = Chromium.require();
        BlockingQueue<ReminderCommand> commands = new LinkedBlockingQueue<>();
        ReminderHub hub = ReminderHub.forLoop(commands::add);
        Wiring wiring = wiring();
        try (WebServer server = WebServer.start(0, WebServer.features(wiring, hub));
                Playwright playwright = Playwright.create();
                Browser browser = headless(playwright, chromium)) {
            Page page = browser.newPage();
            page.navigate(server.address());
            for (int waited = 0; hub.listenerCount() == 0 && waited < 100; waited++) {
                page.waitForTimeout(100);
            }
            assertThat(hub.listenerCount()).as("the page listens for reminders").isPositive();

            PlanEvent event = new PlanEvent(
                    LocalDate.of(2026, 3, 30),
                    OffsetDateTime.parse("2026-03-30T10:00+02:00"),
                    EventKind.MICRO_BREAK,
                    new RoutineId("desk-b"),
                    DosageLevel.STANDARD,
                    5);
            new WebNotifier(hub).show(new Reminder(event, 1, Instant.parse("2026-03-30T08:00:00Z")));

            page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Reminder"))
                    .getByText("Micro-break: Desk group B, 5 min")
                    .waitFor();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSession.SCREENSHOTS.resolve("reminder-banner.png"))
                    .setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Snooze 10 min"))
                    .click();

            assertThat(commands.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(new ReminderCommand.Snooze(SnoozeLength.TEN_MINUTES));
            page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Reminder"))
                    .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        } finally {
            wiring.close();
        }
    }

    /** Counts the tones the page plays: every oscillator started, on top of the real Web Audio. */
    private static final String COUNT_TONES = "window.__tones = 0;"
            + "const Real = window.AudioContext;"
            + "window.AudioContext = class extends Real {"
            + "  createOscillator() { const oscillator = super.createOscillator(); const start = oscillator.start.bind(oscillator);"
            + "    oscillator.start = (...when) => { window.__tones++; return start(...when); }; return oscillator; } };";

    @Test
    void keepsTheBannerInViewWithTheRoutineNameTitleAndToneUntilAnswered() throws Exception {
        Path chromium = Chromium.require();
        BlockingQueue<ReminderCommand> commands = new LinkedBlockingQueue<>();
        ReminderHub hub = ReminderHub.forLoop(commands::add);
        Wiring wiring = wiring();
        try (WebServer server = WebServer.start(0, WebServer.features(wiring, hub));
                Playwright playwright = Playwright.create();
                Browser browser = headless(playwright, chromium)) {
            Page page = phone(browser);
            page.addInitScript(COUNT_TONES);
            page.navigate(server.address() + "settings");
            String title = page.title();
            awaitListener(page, hub);

            new WebNotifier(hub).show(new Reminder(deskB(), 1, Instant.parse("2026-03-30T08:00:00Z")));
            Locator banner = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Reminder"));
            banner.getByText("Micro-break: Desk group B, 5 min").waitFor();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                    .scrollIntoViewIfNeeded();
            assertThat(((Number) page.evaluate("() => window.scrollY")).intValue())
                    .as("scrolled down")
                    .isGreaterThan(500);

            assertThat(banner.boundingBox().y)
                    .as("the banner's top, scrolled down")
                    .isBetween(-1.0, 20.0);
            assertThat(page.title())
                    .startsWith("\u23F0 Micro-break: Desk group B")
                    .endsWith("· Nape");
            assertThat(((Number) page.evaluate("window.__tones")).intValue())
                    .as("notes of the tone")
                    .isPositive();
            assertThat(banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start now"))
                            .isVisible())
                    .isTrue();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSession.SCREENSHOTS.resolve("reminder-banner-390-scrolled.png")));

            banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skip"))
                    .click();
            assertThat(commands.poll(10, TimeUnit.SECONDS)).isEqualTo(new ReminderCommand.Skip());
            banner.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            assertThat(page.title()).isEqualTo(title);
        } finally {
            wiring.close();
        }
    }

    @Test
    void namesTheExercisesOfABreakCutFromTheComplexInEachPagesLanguage() throws Exception {
        Path chromium = Chromium.require();
        ReminderHub hub = ReminderHub.forLoop(command -> {});
        Wiring wiring = wiring();
        try (WebServer server = WebServer.start(0, WebServer.features(wiring, hub));
                Playwright playwright = Playwright.create();
                Browser browser = headless(playwright, chromium)) {
            Page english = browser.newPage(new Browser.NewPageOptions().setLocale("en-GB"));
            english.navigate(server.address());
            Page russian = browser.newPage(new Browser.NewPageOptions().setLocale("ru-RU"));
            russian.navigate(server.address());
            for (int waited = 0; hub.listenerCount() < 2 && waited < 100; waited++) {
                english.waitForTimeout(100);
            }
            assertThat(hub.listenerCount()).as("both pages listen").isEqualTo(2);
            Catalogue catalogue = wiring.catalogue();
            DeskBreak first = DeskBreaks.of(
                            catalogue,
                            catalogue.getRoutine(PlanEngine.ISOMETRIC_COMPLEX.value()),
                            DosageLevel.STANDARD,
                            DeskBreaks.DEFAULT_MINUTES)
                    .cycle()
                    .get(0);
            PlanEvent event = new PlanEvent(
                    LocalDate.of(2026, 3, 30),
                    OffsetDateTime.parse("2026-03-30T10:00+02:00"),
                    EventKind.MICRO_BREAK,
                    PlanEngine.DESK_BREAK,
                    DosageLevel.STANDARD,
                    2,
                    first);

            new WebNotifier(hub).show(new Reminder(event, 1, Instant.parse("2026-03-30T08:00:00Z")));

            english.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Reminder"))
                    .getByText("Micro-break: exercise 1: 1 min 25 s")
                    .waitFor();
            russian.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Напоминание"))
                    .getByText("Короткий перерыв: упражнение 1: 1 мин 25 с")
                    .waitFor();
            assertThat(english.title()).startsWith("\u23F0 Micro-break: exercise 1");
        } finally {
            wiring.close();
        }
    }

    @Test
    void offersNoStartWhileTheGateRefusesTheRoutine() throws Exception {
        Path chromium = Chromium.require();
        BlockingQueue<ReminderCommand> commands = new LinkedBlockingQueue<>();
        ReminderHub hub = ReminderHub.forLoop(commands::add);
        Wiring wiring = wiring();
        wiring.screenings().save(Checks.URGENT.at(Instant.now().minus(Duration.ofMinutes(10))));
        try (WebServer server = WebServer.start(0, WebServer.features(wiring, hub));
                Playwright playwright = Playwright.create();
                Browser browser = headless(playwright, chromium)) {
            Page page = phone(browser);
            page.navigate(server.address() + "library");
            awaitListener(page, hub);

            new WebNotifier(hub).show(new Reminder(deskB(), 1, Instant.parse("2026-03-30T08:00:00Z")));
            Locator banner = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Reminder"));
            banner.getByText("Micro-break: Desk group B, 5 min").waitFor();

            assertThat(banner.locator(".refused").textContent())
                    .contains("call emergency services now")
                    .contains("No session starts");
            assertThat(banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start now"))
                            .count())
                    .isZero();
            assertThat(banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skip"))
                            .isVisible())
                    .isTrue();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSession.SCREENSHOTS.resolve("reminder-banner-390-refused.png")));
            banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Snooze 5 min"))
                    .click();
            assertThat(commands.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(new ReminderCommand.Snooze(SnoozeLength.FIVE_MINUTES));
        } finally {
            wiring.close();
        }
    }

    private Wiring wiring() {
        return new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(System.err, true));
    }

    private static Browser headless(Playwright playwright, Path chromium) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true));
    }

    private static Page phone(Browser browser) {
        return browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
    }

    private static void awaitListener(Page page, ReminderHub hub) {
        for (int waited = 0; hub.listenerCount() == 0 && waited < 100; waited++) {
            page.waitForTimeout(100);
        }
        assertThat(hub.listenerCount()).as("the page listens for reminders").isPositive();
    }

    private static PlanEvent deskB() {
        return new PlanEvent(
                LocalDate.of(2026, 3, 30),
                OffsetDateTime.parse("2026-03-30T10:00+02:00"),
                EventKind.MICRO_BREAK,
                new RoutineId("desk-b"),
                DosageLevel.STANDARD,
                5);
    }
}
