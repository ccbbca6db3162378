package io.nape.app.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.nape.core.plan.LunchBreak;
import io.nape.core.plan.Settings;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings form checks what is submitted together, and names fields as the page labels them. */
class SettingsBrowserTest {
    @TempDir
    Path dataFolder;

    @Test
    void savesANightShiftWithItsLunchInOneSubmit() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "s-night-shift")) {
            Page page = browser.page;
            page.navigate("/settings");
            page.getByLabel("Work starts").fill("22:00");
            page.getByLabel("Work ends").fill("06:00");
            page.getByLabel("Lunch break").fill("01:00-01:30");
            browser.visit("settings-night-shift-typed");
            save(page);

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
            browser.visit("settings-night-shift-saved");
            Settings saved = browser.wiring.settings();
            assertThat(saved.workStart()).isEqualTo(LocalTime.of(22, 0));
            assertThat(saved.workEnd()).isEqualTo(LocalTime.of(6, 0));
            assertThat(saved.lunch()).isEqualTo(new LunchBreak(LocalTime.of(1, 0), LocalTime.of(1, 30)));
            assertThat(page.getByLabel("Lunch break")).hasValue("01:00-01:30");
            browser.assertClean();
        }
    }

    @Test
    void namesTheFieldsOfABadCombinationByTheirLabels() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "s-bad-combination")) {
            Page page = browser.page;
            page.navigate("/settings");
            page.getByLabel("Work starts").fill("08:00");
            page.getByLabel("Work ends").fill("16:00");
            page.getByLabel("Lunch break").fill("17:00-17:30");
            save(page);

            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was saved");
            Locator lunch = page.getByLabel("Lunch break");
            assertThat(lunch).hasAttribute("aria-invalid", "true");
            Locator message = page.locator("#lunch-error");
            assertThat(message)
                    .hasText(
                            "\u201cLunch break\u201d 17:00\u201317:30 must lie inside the work hours 08:00\u201316:00.");
            assertThat(page.locator("main")).not().containsText("workStart");
            assertThat(page.locator("main")).not().containsText("\"lunch\"");
            browser.visit("settings-bad-combination");
            assertThat(browser.wiring.settings())
                    .isEqualTo(Settings.defaults(browser.wiring.settings().timeZone()));
            browser.assertClean();
        }
    }

    @Test
    void savesTheBreakAndWeekSettingsAndShowsThemAgain() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "s-breaks-week")) {
            Page page = browser.page;
            page.navigate("/settings");
            page.getByLabel("Micro-break lasts at most (minutes)").fill("3");
            page.getByLabel("Wait while you are in a call").uncheck();
            page.getByLabel("Offer a light routine at lunch").check();
            page.getByLabel("Yoga time").fill("18:30");
            Locator yogaDays = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Yoga days"));
            yogaDays.getByLabel("SAT").check();
            browser.visit("settings-breaks-week-typed");
            save(page);

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
            Settings saved = browser.wiring.settings();
            assertThat(saved.breaks().microBreakMinutes()).isEqualTo(3);
            assertThat(saved.breaks().callDetection()).isFalse();
            assertThat(saved.week().lunchSession()).isTrue();
            assertThat(saved.week().yogaTime()).isEqualTo(LocalTime.of(18, 30));
            assertThat(saved.week().yogaDays()).hasSize(4);
            page.navigate("/settings");
            assertThat(page.getByLabel("Micro-break lasts at most (minutes)")).hasValue("3");
            assertThat(page.getByLabel("Wait while you are in a call")).not().isChecked();
            assertThat(page.getByLabel("Offer a light routine at lunch")).isChecked();
            assertThat(yogaDays.getByLabel("SAT")).isChecked();
            browser.visit("settings-breaks-week-saved");
            browser.assertClean();
        }
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                .click();
    }
}
