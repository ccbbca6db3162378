package io.nape.app.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.store.safety.TriageRulesLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printable summary for the doctor, in a real browser over 4 weeks of generated records: it
 * shows every section, prints to an A4 PDF of two pages or fewer without the navigation, in English
 * and in Russian, and the Progress page links to it.
 */
class SummaryBrowserTest {
    @TempDir
    Path dataFolder;

    /** Four weeks (and a day) of a person's records up to now: pain entries, sessions, PSFS answers, two checks. */
    private static void fourWeeks(BrowserSession session) {
        Random random = new Random(4);
        ZoneId zone = session.wiring.settings().timeZone();
        LocalDate today = LocalDate.now(session.wiring.clock().withZone(zone));
        Instant now = session.wiring.clock().instant();
        for (int back = 28; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            for (int hour : new int[] {8, 13, 19}) {
                Instant at = day.atTime(hour, 5).atZone(zone).toInstant();
                if (at.isAfter(now)) {
                    continue;
                }
                session.wiring
                        .painEntries()
                        .save(new PainEntry(
                                null,
                                at,
                                Math.max(0, 6 - (28 - back) / 6 + random.nextInt(2)),
                                Set.of(PainArea.NECK),
                                Set.of(PainCharacter.ACHING),
                                3,
                                ""));
            }
            if (back % 7 == 0) {
                session.wiring
                        .psfs()
                        .save(new PsfsAnswer(
                                day.atTime(20, 0).atZone(zone).toInstant().isAfter(now)
                                        ? now.minusSeconds(60)
                                        : day.atTime(20, 0).atZone(zone).toInstant(),
                                List.of(
                                        new PsfsRating("Looking over my shoulder when driving", 3 + (28 - back) / 7),
                                        new PsfsRating("Reading in bed", 5),
                                        new PsfsRating("Working at the laptop for an hour", 4 + (28 - back) / 14))));
            }
        }
        for (PlanEvent event : new PlanEngine(session.wiring.routineLengths())
                .plan(session.wiring.settings(), today.minusDays(28), today)
                .events()) {
            Instant at = event.instant().plusSeconds(60);
            if (at.plusSeconds(600).isBefore(now) && random.nextInt(4) > 0) {
                session.wiring
                        .sessionLogs()
                        .save(new SessionLog(
                                null,
                                event.routine(),
                                event.level(),
                                at,
                                at.plusSeconds(300),
                                random.nextInt(15) == 0 ? SessionOutcome.STOPPED_FOR_PAIN : SessionOutcome.COMPLETED,
                                List.of(new ExerciseResult(
                                        0, new ExerciseId("iso-temple-press"), ExerciseStatus.COMPLETED))));
            }
        }
        for (int back : new int[] {20, 6}) {
            SymptomReport report = SymptomReport.builder()
                    .age(44)
                    .painLevel(back == 20 ? 6 : 3)
                    .daysSinceOnset(20.0 + 20 - back)
                    .worsening(false)
                    .onset(Onset.GRADUAL)
                    .signs(back == 20 ? List.of(Sign.HEADACHE, Sign.STIFF_NECK) : List.of())
                    .build();
            session.wiring
                    .screenings()
                    .save(new Screening(
                            null,
                            today.minusDays(back).atTime(7, 30).atZone(zone).toInstant(),
                            report,
                            TriageRulesLoader.bundled().assess(report)));
        }
    }

    private static String levelWord(BrowserSession session, Language language) {
        return Texts.of(language)
                .get("dosage.level." + session.wiring.settings().level().key());
    }

    private static int pdfPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void fourWeeksPrintOnTwoA4PagesOrFewer() throws IOException {
        try (BrowserSession session = BrowserSession.open(dataFolder, "summary", true, 1024, 800)) {
            fourWeeks(session);

            session.page.navigate(session.base() + "/progress");
            session.page.click("#summary-link");
            session.page.waitForURL("**/summary?weeks=4");
            Files.createDirectories(BrowserSession.SCREENSHOTS);
            session.page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSession.SCREENSHOTS.resolve("summary-4w.png"))
                    .setFullPage(true));
            session.visit("summary");

            assertThat(session.page.textContent("h1")).isEqualTo("Neck summary for your doctor");
            assertThat(session.page.locator("#summary-week-table tbody tr").count())
                    .isEqualTo(4);
            assertThat(session.page.textContent("#summary-week-table tbody tr:first-child td:nth-child(2)"))
                    .as("sessions were done that week")
                    .matches("[1-9][0-9]* of [0-9]+ \\([0-9]+%\\)");
            assertThat(session.page.locator("#summary-psfs-table tbody tr").count())
                    .isBetween(4, 5);
            assertThat(session.page.textContent("#summary-psfs-table"))
                    .contains("Looking over my shoulder when driving");
            assertThat(session.page.locator("#summary-check-list li").count()).isEqualTo(2);
            assertThat(session.page.textContent("#summary-check-list")).contains("Exercise:");
            assertThat(session.page.textContent("#summary-level-now"))
                    .isEqualTo("Level of the exercises now: " + levelWord(session, Language.ENGLISH) + ".");
            assertThat(session.page.textContent("#summary-level-history")).contains("No changes of level");
            assertThat(session.page.textContent("#summary-pain-trend")).startsWith("The 7-day pain mean went from");

            session.page.emulateMedia(
                    new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            session.page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSession.SCREENSHOTS.resolve("summary-4w-print.png"))
                    .setFullPage(true));
            assertThat(session.page.locator("header nav").isVisible())
                    .as("navigation when printed")
                    .isFalse();
            byte[] pdf = session.page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
            Files.write(BrowserSession.SCREENSHOTS.resolve("summary-4w.pdf"), pdf);
            int pages = pdfPages(pdf);
            System.out.println("summary of 4 weeks: " + pages + " A4 page(s)");
            assertThat(pages).isBetween(1, 2);
            session.assertClean();
        }
    }

    @Test
    void inRussianToo() throws IOException {
        try (BrowserSession session = BrowserSession.inLocale(dataFolder, "summary-ru", "ru-RU")) {
            fourWeeks(session);

            session.page.navigate(session.base() + "/summary?weeks=4");
            Files.createDirectories(BrowserSession.SCREENSHOTS);
            session.page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSession.SCREENSHOTS.resolve("summary-4w-ru.png"))
                    .setFullPage(true));

            assertThat(session.page.textContent("h1")).isEqualTo("Сводка о шее для врача");
            assertThat(session.page.textContent("#summary-level-now"))
                    .isEqualTo("Уровень упражнений сейчас: " + levelWord(session, Language.RUSSIAN) + ".");
            byte[] pdf = session.page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
            assertThat(pdfPages(pdf)).isBetween(1, 2);
            session.assertClean();
        }
    }

    @Test
    void twelveWeeksShowTwelveRows() {
        try (BrowserSession session = BrowserSession.open(dataFolder, "summary-12", true, 1024, 800)) {
            fourWeeks(session);

            session.page.navigate(session.base() + "/summary?weeks=12");

            assertThat(session.page.locator("#summary-week-table tbody tr").count())
                    .isEqualTo(12);
        }
    }

    @Test
    void weeksOtherThanFourOrTwelveAreRefusedInOneSentence() {
        try (BrowserSession session = BrowserSession.open(dataFolder, "summary-bad", true, 1024, 800)) {
            Response response = session.page.navigate(session.base() + "/summary?weeks=5");

            assertThat(response.status()).isEqualTo(400);
            assertThat(session.page.textContent("main"))
                    .contains(
                            "The summary covers 4 or 12 weeks, not \"5\"; open /summary?weeks=4 or /summary?weeks=12.");
        }
    }
}
