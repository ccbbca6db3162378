package io.nape.app.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.app.usecase.psfs.PsfsChangeText;
import io.nape.core.psfs.PsfsAnswer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PSFS page: name two activities, rate them again, and see what changed on Progress. */
class PsfsBrowserTest {
    @TempDir
    Path dataFolder;

    @Test
    void namesActivitiesRatesThemAgainAndSeesTheChangeOnProgress() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "psfs-name-rate-progress")) {
            Page page = browser.page;
            page.navigate("/progress");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rate them now"))
                    .click();
            page.getByLabel("What you find hard (1)").fill("Looking over my shoulder");
            page.getByLabel("How well you can do it now, 0 to 10 (1)").fill("4");
            page.getByLabel("What you find hard (2)").fill("Reading in bed");
            page.getByLabel("How well you can do it now, 0 to 10 (2)").fill("6");
            save(page);

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
            browser.visit("psfs-first-saved");
            page.getByLabel("Looking over my shoulder").fill("7");
            page.getByLabel("Reading in bed").fill("6");
            save(page);
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
            browser.visit("psfs-second-saved");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See it beside your pain on Progress"))
                    .click();
            PsfsAnswer first = browser.wiring.psfs().findAll().get(0);
            String since = PsfsChangeText.day(
                    Texts.of(Language.ENGLISH),
                    first.at(),
                    browser.wiring.settings().timeZone());
            assertThat(page.locator("#psfs"))
                    .containsText("Looking over my shoulder: 4 \u2192 7 since " + since + ", a real improvement.");
            assertThat(page.locator("#psfs")).containsText("Reading in bed: 6 \u2192 6 since " + since);
            assertThat(page.locator("#psfs")).containsText("Your PSFS score: 5 \u2192 6.5");
            assertThat(page.locator("#psfs")).containsText("3 or lower is a real worsening and 7 or higher");
            browser.visit("psfs-on-progress");
            assertThat(browser.wiring.psfs().findAll()).hasSize(2);
            browser.assertClean();
        }
    }

    @Test
    void saysWhatIsWrongAndSavesNothingWhenAScoreIsOutOfRange() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "psfs-bad-score")) {
            Page page = browser.page;
            page.navigate("/psfs");
            page.getByLabel("What you find hard (1)").fill("Driving");
            page.getByLabel("How well you can do it now, 0 to 10 (1)").fill("11");
            save(page);

            assertThat(page.getByRole(AriaRole.ALERT)).hasText("A score is a whole number from 0 to 10, not 11.");
            assertThat(page.getByLabel("What you find hard (1)")).hasValue("Driving");
            browser.visit("psfs-bad-score");
            assertThat(browser.wiring.psfs().findAll()).isEmpty();
            browser.assertClean();
        }
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the answer"))
                .click();
    }
}
