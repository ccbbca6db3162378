package io.nape.app.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library: filters above a short list, a filter that narrows it, and a page per exercise. */
class LibraryBrowserTest {
    private static final Pattern COUNT = Pattern.compile("^(\\d+) of (\\d+) exercises\\.$");

    @TempDir
    Path dataFolder;

    @Test
    void filtersAboveTheListNarrowItAndAnExercisePageShowsItsDosage() {
        try (BrowserSession browser = BrowserSession.open(dataFolder, "l-library", true, 390, 844)) {
            Page page = browser.page;
            page.navigate("/library");
            Locator area = page.getByLabel("Area");
            Locator list = page.locator("#exercise-list");
            Locator first = list.getByRole(AriaRole.LINK).first();
            assertThat(area).isVisible();
            assertThat(area.boundingBox().y)
                    .as("the filter above the first exercise")
                    .isLessThan(first.boundingBox().y);
            assertThat(area.boundingBox().y + area.boundingBox().height)
                    .as("the filter in the first screen")
                    .isLessThan(844);
            double height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
            assertThat(height).as("the whole library page, in px").isLessThan(12_000);
            int all = shown(page);
            browser.visit("library-list");

            area.selectOption("neck");
            page.waitForCondition(() -> shown(page) < all);
            assertThat(page.getByLabel("Area")).hasValue("neck");
            browser.visit("library-neck");

            Locator exercise =
                    page.locator("#exercise-list").getByRole(AriaRole.LINK).first();
            String name = exercise.textContent().trim();
            exercise.click();
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName(name).setLevel(1)))
                    .isVisible();
            assertThat(page).hasURL(Pattern.compile("/library/exercise/[a-z0-9-]+$"));
            assertThat(page.locator("dt", new Page.LocatorOptions().setHasText("Dosage")))
                    .isVisible();
            assertThat(page.locator("dt:has-text('Dosage') + dd")).not().isEmpty();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Steps")))
                    .isVisible();
            browser.visit("library-exercise");
            browser.assertClean();
        }
    }

    private static int shown(Page page) {
        Matcher count = COUNT.matcher(
                page.locator("#exercise-list > p.muted").textContent().trim());
        assertThat(count.matches()).isTrue();
        return Integer.parseInt(count.group(1));
    }
}
