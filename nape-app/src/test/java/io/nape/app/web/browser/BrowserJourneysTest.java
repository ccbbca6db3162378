package io.nape.app.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walk the journeys of the local web app in Chromium on a phone-sized window, finding elements by
 * role and label, with a screenshot and an accessibility check of every page visited.
 */
class BrowserJourneysTest {
    @TempDir
    Path dataFolder;

    @Test
    void firstVisitCheckSessionPauseResumeFinishShowsOnTodayAndProgress() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "a-session")) {
            Page page = browser.page;
            page.navigate("/");
            assertThat(heading(page, "Today")).isVisible();
            assertThat(page.getByText("You have not taken the check yet.")).isVisible();
            browser.visit("today-first-visit");

            navigation(page, "Check").click();
            assertThat(heading(page, "Check")).isVisible();
            browser.visit("check-form");
            page.getByLabel("Your age in years").fill("40");
            page.getByLabel("How many days ago did it start? (0 if today)").fill("1");
            page.getByRole(
                            AriaRole.RADIO,
                            new Page.GetByRoleOptions().setName("3").setExact(true))
                    .check();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Is the pain getting worse?"))
                    .getByLabel("No", new Locator.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("slowly, over time").check();
            page.getByLabel("a stiff neck").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See the advice"))
                    .click();
            assertThat(heading(page, "Your advice")).isVisible();
            assertThat(page.getByText("Nothing you reported needs a doctor right now."))
                    .isVisible();
            browser.visit("check-result");

            navigation(page, "Library").click();
            Locator start = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start Chair stretch"));
            assertThat(start).isVisible();
            browser.visit("library");
            String href = start.getAttribute("href");
            assertThat(href).startsWith("/session/chair-stretch?level=");

            page.navigate(href + "&speed=10");
            assertThat(heading(page, "Chair stretch")).isVisible();
            Locator startButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"));
            assertThat(startButton).isEnabled();
            browser.visit("player-ready");
            startButton.click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause"))
                    .click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Paused");
            String secondsWhilePaused = page.locator("#ring-seconds").textContent();
            int cuesWhilePaused = cueCount(page);
            page.waitForTimeout(600);
            assertThat(page.locator("#ring-seconds").textContent()).isEqualTo(secondsWhilePaused);
            assertThat(cueCount(page)).isEqualTo(cuesWhilePaused);
            browser.visit("player-paused");
            page.keyboard().press("Space");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")))
                    .isVisible();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session over")))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            assertThat(page.locator("#player")).hasAttribute("data-saved", "true");
            assertThat(page.getByText("2 of 2 exercises completed. Saved.")).isVisible();
            browser.visit("player-finished");

            page.getByRole(AriaRole.LINK, linkNamed("Back to Today")).click();
            assertThat(heading(page, "Today")).isVisible();
            Locator doneToday = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Done today"));
            assertThat(doneToday).containsText("Chair stretch: completed (2 of 2 exercises)");
            assertThat(page.getByText("Nothing you reported needs a doctor right now."))
                    .isVisible();
            browser.visit("today-after-session");

            navigation(page, "Progress").click();
            assertThat(heading(page, "Progress")).isVisible();
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Recent sessions")))
                    .containsText("Chair stretch: completed, 2 exercises completed");
            assertThat(page.locator("#sessions-chart desc")).containsText("this week 1.");
            browser.visit("progress-after-session");

            List<SessionLog> saved = browser.wiring.sessionLogs().findRecent(5);
            assertThat(saved).hasSize(1);
            assertThat(saved.get(0).outcome()).isEqualTo(SessionOutcome.COMPLETED);
            browser.assertClean();
        }
    }

    @Test
    void itHurtsStopsAtOnceAndLandsOnTheCheck() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "b-it-hurts")) {
            Page page = browser.page;
            page.navigate("/session/posture?speed=2");
            Locator startButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"));
            assertThat(startButton).isEnabled();
            browser.visit("player-ready");
            startButton.click();
            page.waitForFunction("() => window.__napeCueLog.length >= 2");
            browser.visit("player-mid-session");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("It hurts"))
                    .click();

            page.waitForURL(Pattern.compile(".*/check\\?after=pain$"));
            assertThat(heading(page, "Check")).isVisible();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("You stopped a session because it hurt.");
            browser.visit("check-after-pain");

            List<SessionLog> saved = browser.wiring.sessionLogs().findRecent(5);
            assertThat(saved).hasSize(1);
            assertThat(saved.get(0).outcome()).isEqualTo(SessionOutcome.STOPPED_FOR_PAIN);
            browser.assertClean();
        }
    }

    @Test
    void loggedPainShowsInTheChart() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "c-pain")) {
            Page page = browser.page;
            page.navigate("/diary");
            assertThat(heading(page, "Diary")).isVisible();
            browser.visit("diary-empty");
            page.getByRole(
                            AriaRole.RADIO,
                            new Page.GetByRoleOptions().setName("4").setExact(true))
                    .check();
            page.getByLabel("the neck").check();
            page.getByLabel("A note (optional)").fill("after a long call");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log pain"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Logged pain 4 (moderate).");
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Recent entries")))
                    .containsText("pain 4 (moderate), the neck");
            browser.visit("diary-logged");

            page.getByRole(AriaRole.LINK, linkNamed("See the pain chart")).click();
            Locator chart =
                    page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Pain from")));
            assertThat(chart).isVisible();
            assertThat(chart.locator("circle.pain-point")).hasCount(1);
            assertThat(chart.locator("text.value")).hasText("4");
            assertThat(chart.locator("desc")).containsText("averages 4 out of 10");
            browser.visit("progress-pain-chart");
            browser.assertClean();
        }
    }

    @Test
    void aBadSettingShowsItsMessageByTheField() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "d-settings")) {
            Page page = browser.page;
            page.navigate("/settings");
            assertThat(heading(page, "Settings")).isVisible();
            browser.visit("settings");
            Locator breakEvery = page.getByLabel("Micro-break every (minutes)");
            breakEvery.fill("5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was saved");
            assertMessageByField(page, "breakEveryMinutes", "must be a whole number of minutes from 15 to 240, was 5");
            browser.visit("settings-bad-value");
            assertThat(browser.wiring.settings().breakEveryMinutes()).isEqualTo(60);

            page.getByLabel("Micro-break every (minutes)").fill("45");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
            browser.visit("settings-saved");
            assertThat(browser.wiring.settings().breakEveryMinutes()).isEqualTo(45);
            browser.assertClean();
        }
    }

    @Test
    void formsWorkAsPlainPostsWithoutJavaScript() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "e-no-javascript", false, 375)) {
            Page page = browser.page;
            page.navigate("/settings");
            page.getByLabel("Work starts").fill("25:00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                    .click();
            assertMessageByField(page, "workStart", "\u201cWork starts\u201d must be a time of day written HH:MM");
            browser.visit("settings-bad-value");

            page.navigate("/library?area=neck&position=sitting");
            assertThat(page.getByLabel("Area")).hasValue("neck");
            assertThat(page.getByText(Pattern.compile("^\\d+ of \\d+ exercises\\.$")))
                    .isVisible();
            browser.visit("library-filtered");
            browser.assertClean();
        }
    }

    private static void assertMessageByField(Page page, String field, String message) {
        Locator input = page.locator("#" + field);
        assertThat(input).hasAttribute("aria-invalid", "true");
        assertThat(input).hasAttribute("aria-describedby", Pattern.compile("\\b" + field + "-error\\b"));
        Locator error = page.locator("#" + field + "-error");
        assertThat(error).containsText(message);
        assertThat(page.locator("p.field:has(#" + field + ") #" + field + "-error"))
                .isVisible();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
    }

    private static Locator navigation(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Page.GetByRoleOptions linkNamed(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static int cueCount(Page page) {
        return ((Number) page.evaluate("() => window.__napeCueLog.length")).intValue();
    }
}
