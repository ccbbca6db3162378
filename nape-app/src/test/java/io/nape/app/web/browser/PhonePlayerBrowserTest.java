package io.nape.app.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The player on a 390 × 844 phone: every control in view while a session plays, and tones without a voice. */
class PhonePlayerBrowserTest {
    /** No voice at all, as in a browser without speech: {@code getVoices()} stays empty. */
    private static final String NO_VOICES = "if (window.speechSynthesis) {"
            + " Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] }); }";
    /** Counts every oscillator started on top of the real Web Audio. */
    private static final String COUNT_TONES = "window.__tones = 0;"
            + "const Real = window.AudioContext;"
            + "window.AudioContext = class extends Real {"
            + "  createOscillator() { const oscillator = super.createOscillator(); const start = oscillator.start.bind(oscillator);"
            + "    oscillator.start = (...when) => { window.__tones++; return start(...when); }; return oscillator; } };";

    @TempDir
    Path dataFolder;

    @Test
    void showsPauseSkipAndItHurtsWithoutScrollingAndTonesStandInForAMissingVoice() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "p-phone-player", true, 390, 844)) {
            Page page = browser.page;
            page.addInitScript(NO_VOICES);
            page.addInitScript(COUNT_TONES);
            page.navigate("/session/chair-stretch?level=standard");
            Locator start = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"));
            assertThat(start).isEnabled();
            Locator spoken = page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Spoken cues"));
            assertThat(page.locator("#voice-note"))
                    .hasText(
                            "No speech voice is available in this browser, so a short tone marks each new cue instead.");
            assertThat(spoken).not().isChecked();
            browser.visit("player-ready-no-voice");

            start.click();
            Locator pause = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause"));
            assertThat(pause).isVisible();
            for (String control : new String[] {"Pause", "Skip exercise", "It hurts"}) {
                BoundingBox box = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(control))
                        .boundingBox();
                assertThat(box.y).as(control + " top").isGreaterThanOrEqualTo(0);
                assertThat(box.y + box.height)
                        .as(control + " bottom, in the 844 px window")
                        .isLessThanOrEqualTo(844);
            }
            assertThat(((Number) page.evaluate("() => window.scrollY")).intValue())
                    .as("nothing scrolled")
                    .isZero();
            assertThat(((Number) page.evaluate("() => window.__tones")).intValue())
                    .as("a tone for the first cue")
                    .isPositive();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSession.SCREENSHOTS.resolve("p-phone-player-390x844-playing.png")));
            browser.visit("player-playing");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip exercise"))
                    .click();
            page.waitForCondition(() -> ((Number) page.evaluate("() => window.__tones")).intValue() >= 2);
            pause.click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume")))
                    .isVisible();
            browser.assertClean();
        }
    }
}
