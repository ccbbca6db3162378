package io.nape.app.cli.diary;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.cli.CliRun;
import io.nape.app.config.AppConfig;
import io.nape.app.json.JsonOutput;
import io.nape.core.diary.PainEntry;
import io.nape.core.plan.Settings;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code ./nape progress} shows the PSFS beside the pain, with the band and a sentence per activity. */
class PsfsProgressCommandTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path home;

    private Instant first;

    @BeforeEach
    void twoAnswersAWeekApartWithPain() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        first = now.minus(Duration.ofDays(8));
        try (Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter()))) {
            wiring.settingsRepository().save(Settings.defaults(ZONE));
            wiring.psfs()
                    .save(new PsfsAnswer(
                            first,
                            List.of(new PsfsRating("Looking over my shoulder", 4), new PsfsRating("Reading", 6))));
            wiring.psfs()
                    .save(new PsfsAnswer(
                            now.minus(Duration.ofHours(1)),
                            List.of(new PsfsRating("Looking over my shoulder", 7), new PsfsRating("Reading", 5))));
            wiring.painEntries()
                    .save(new PainEntry(null, now.minus(Duration.ofHours(2)), 3, Set.of(), Set.of(), null, ""));
        }
    }

    @Test
    void saysWhatChangedPerActivitySinceTheFirstAnswerInThePersonsZone() {
        CliRun run = CliRun.run(home, "progress");

        String since = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(first.atZone(ZONE));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("What your neck makes hard:")
                .contains("Looking over my shoulder: 4 \u2192 7 since " + since + ", a real improvement.")
                .contains("Reading: 6 \u2192 5 since " + since + ", less than the 2 points of a real change.")
                .contains("Your PSFS score: 5 \u2192 6 since " + since)
                .contains("from your first score of 5, 3 or lower is a real worsening and 7 or higher")
                .contains("6 of 10; pain 3 (7-day mean)");
    }

    @Test
    void saysItInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "progress");

        String since = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"))
                .format(first.atZone(ZONE));
        assertThat(run.out()).contains("Looking over my shoulder: 4 \u2192 7 с " + since + ", заметное улучшение.");
    }

    @Test
    void givesThePsfsBesideThePainInJson() {
        JsonNode psfs = JsonOutput.mapper()
                .readTree(CliRun.run(home, "progress", "--json").out())
                .get("psfs");

        assertThat(psfs.at("/band/lower").asDouble()).isEqualTo(3.0);
        assertThat(psfs.at("/answers/0/painMean7Days").isNull()).isTrue();
        assertThat(psfs.at("/answers/1/painMean7Days").asDouble()).isEqualTo(3.0);
        assertThat(psfs.at("/answers/1/meaningful").isNull()).isTrue();
        assertThat(psfs.path("sentences").size()).isEqualTo(3);
    }
}
