package io.nape.app.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page in a real browser in Russian, asked for by the browser and chosen with the Settings
 * page's switch, and in the pseudo-language at 375 px: no text left in code shows, no layout breaks.
 */
class LanguagesBrowserTest {
    /** Every page a person reaches from the menu, and the pages one level below. */
    static final List<String> PAGES = List.of(
            "/",
            "/check",
            "/diary",
            "/progress",
            "/summary",
            "/library",
            "/library/exercise/iso-temple-press",
            "/settings",
            "/session/chair-stretch");

    /** What a page shows and reads aloud: its text nodes, and the labels, titles and placeholders of its elements. */
    private static final String VISIBLE_TEXTS = """
            () => {
              const seen = [];
              const shown = element => {
                if (!element || element.closest('[hidden], script, style, template, noscript')) return false;
                const style = getComputedStyle(element);
                return style.display !== 'none' && style.visibility !== 'hidden';
              };
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent.trim();
                if (text && shown(node.parentElement)) seen.push(text);
              }
              for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
                for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                  const value = element.getAttribute(name);
                  if (value && value.trim()) seen.push(value.trim());
                }
              }
              seen.push(document.title);
              return seen;
            }""";

    /** An id, a number, a time or a date, the name Nape: the same in every language. */
    private static final Pattern SAME_IN_EVERY_LANGUAGE =
            Pattern.compile("[a-z0-9][a-z0-9-]*|[0-9:.,–/ %()+·#-]+|Nape|[\\p{IsCyrillic}\\P{IsLatin}]+");

    private static Set<String> englishOnly;

    @TempDir
    Path dataFolder;

    @BeforeAll
    static void readBundles() throws IOException {
        englishOnly = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path english : files.filter(
                            file -> !file.getFileName().toString().contains("_"))
                    .filter(file -> file.toString().endsWith(".properties"))
                    .toList()) {
                Properties en = read(english);
                Properties ru = read(english.resolveSibling(
                        english.getFileName().toString().replace(".properties", "_ru.properties")));
                for (String key : en.stringPropertyNames()) {
                    String text = en.getProperty(key).trim();
                    if (!text.isEmpty() && !text.equals(ru.getProperty(key, "").trim()) && !text.contains("{")) {
                        englishOnly.add(text);
                    }
                }
            }
        }
    }

    @Test
    void everyPageSpeaksRussianWhenTheBrowserAsksForIt() {
        try (BrowserSession browser = BrowserSession.inLocale(dataFolder, "lang-ru-browser", "ru-RU")) {
            List<String> leftInEnglish = new ArrayList<>();
            for (String path : PAGES) {
                browser.page.navigate(path);
                assertThat(browser.page.locator("html")).hasAttribute("lang", "ru");
                browser.visit(name(path));
                leftInEnglish.addAll(english(browser.page, path));
            }
            assertThat(leftInEnglish)
                    .as("texts shown in English on a Russian page")
                    .isEmpty();
        }
    }

    @Test
    void theSettingsSwitchTurnsAnEnglishBrowserRussian() {
        try (BrowserSession browser = BrowserSession.inLocale(dataFolder, "lang-ru-switch", "en-GB")) {
            Page page = browser.page;
            page.navigate("/settings");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.getByLabel("Language of the pages").selectOption("ru");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Change the language"))
                    .click();
            assertThat(page.locator("html")).hasAttribute("lang", "ru");
            List<String> leftInEnglish = new ArrayList<>();
            for (String path : PAGES) {
                page.navigate(path);
                assertThat(page.locator("html")).hasAttribute("lang", "ru");
                browser.visit(name(path));
                leftInEnglish.addAll(english(page, path));
            }
            assertThat(leftInEnglish)
                    .as("texts shown in English after switching to Russian")
                    .isEmpty();
        }
    }

    @Test
    void thePlayerPlaysInRussian() {
        try (BrowserSession browser = BrowserSession.inLocale(dataFolder, "lang-ru-player", "ru-RU")) {
            Page page = browser.page;
            page.navigate("/session/chair-stretch?speed=4");
            String ready = page.locator("#cue").textContent();
            page.locator("#start").click();
            page.waitForFunction("ready => document.querySelector('#cue').textContent !== ready", ready);
            browser.visit("player-playing");
            assertThat(english(page, "player"))
                    .as("texts shown in English while a session plays")
                    .isEmpty();
            assertThat(page.locator("#cue").textContent()).containsPattern("\\p{IsCyrillic}");
        }
    }

    @Test
    void thePseudoLanguageShowsNoTextLeftInCodeAndFitsAPhone() {
        try (BrowserSession browser = BrowserSession.inLocale(dataFolder, "lang-pseudo", "en-GB")) {
            browser.context.addCookies(List.of(new Cookie("nape-lang", "en-XA").setUrl(browser.base())));
            List<String> problems = new ArrayList<>();
            for (String path : PAGES) {
                browser.page.navigate(path);
                browser.visit(name(path));
                for (Object shown : (List<?>) browser.page.evaluate(VISIBLE_TEXTS)) {
                    String text = String.valueOf(shown);
                    if (!text.contains("[")
                            && !text.contains("]")
                            && !SAME_IN_EVERY_LANGUAGE.matcher(text).matches()) {
                        problems.add(path + ": " + text);
                    }
                }
                Object wide = browser.page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth");
                if (!Boolean.TRUE.equals(wide)) {
                    problems.add(path + ": wider than 375 px");
                }
            }
            assertThat(problems)
                    .as("texts without brackets, and pages that do not fit")
                    .isEmpty();
        }
    }

    private static List<String> english(Page page, String path) {
        List<String> found = new ArrayList<>();
        for (Object shown : (List<?>) page.evaluate(VISIBLE_TEXTS)) {
            String text = String.valueOf(shown);
            if (englishOnly.contains(text)) {
                found.add(path + ": " + text);
            }
        }
        return found;
    }

    private static String name(String path) {
        return path.equals("/") ? "today" : path.substring(1).replace('/', '-');
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
