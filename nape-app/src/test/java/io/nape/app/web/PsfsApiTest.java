package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The PSFS over real HTTP: answers, the kept activities, the weekly prompt and each bad value. */
class PsfsApiTest {
    private static final String PATH = "/api/psfs";

    @RegisterExtension
    final LocalServer local = new LocalServer();

    private ApiClient.Exchange post(String body, String language) {
        return local.api().send("POST", PATH, body, "Accept-Language", language);
    }

    @Test
    void keepsTheActivitiesOfTheFirstAnswerAndComparesTheNextWithIt() {
        ApiClient.Exchange first = post(
                "{\"ratings\": [{\"activity\": \"Looking over my shoulder\", \"score\": 4},"
                        + " {\"activity\": \"Reading\", \"score\": 6}]}",
                "en");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("score").asDouble()).isEqualTo(5.0);
        assertThat(first.json().path("sinceFirst").isNull()).isTrue();

        ApiClient.Exchange second = post(
                "{\"ratings\": [{\"activity\": \"reading\", \"score\": 7},"
                        + " {\"activity\": \"Looking over my shoulder\", \"score\": 7}]}",
                "en");

        assertThat(second.status()).isEqualTo(201);
        JsonNode change = second.json().path("sinceFirst");
        assertThat(change.path("from").asDouble()).isEqualTo(5.0);
        assertThat(change.path("to").asDouble()).isEqualTo(7.0);
        assertThat(change.path("meaningful").asString()).isEqualTo("better");
        assertThat(change.at("/activities/1/activity").asString()).isEqualTo("Looking over my shoulder");
        assertThat(change.at("/activities/1/meaningful").asString()).isEqualTo("better");
        JsonNode overview = local.api().get(PATH).json();
        assertThat(overview.path("history").size()).isEqualTo(2);
        assertThat(overview.at("/latest/score").asDouble()).isEqualTo(7.0);
        assertThat(overview.path("activities").toString()).isEqualTo("[\"reading\",\"Looking over my shoulder\"]");
    }

    @Test
    void asksForNewActivitiesOnlyWhenTheAnswerSaysSo() {
        post("{\"ratings\": [{\"activity\": \"Driving\", \"score\": 3}]}", "en");

        ApiClient.Exchange renamed = post("{\"ratings\": [{\"activity\": \"Sleeping\", \"score\": 5}]}", "en");
        ApiClient.Exchange anew =
                post("{\"ratings\": [{\"activity\": \"Sleeping\", \"score\": 5}], \"newActivities\": true}", "en");

        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().path("detail").asString())
                .isEqualTo(Texts.of(Language.ENGLISH).get("measure.notTheSameActivities", "count", 1));
        assertThat(anew.status()).isEqualTo(201);
        assertThat(local.api().get(PATH).json().path("activities").toString()).isEqualTo("[\"Sleeping\"]");
    }

    /** A bad answer, and the text it must get. */
    record Bad(String name, String body, String key, Object[] namesAndValues) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bad> badAnswers() {
        String rating = "{\"activity\": \"Driving\", \"score\": 3}";
        return Stream.of(
                new Bad(
                        "eleven",
                        "{\"ratings\": [{\"activity\": \"Driving\", \"score\": 11}]}",
                        "psfs.scoreOutOfRange",
                        new Object[] {"value", 11}),
                new Bad(
                        "minus one",
                        "{\"ratings\": [{\"activity\": \"Driving\", \"score\": -1}]}",
                        "psfs.scoreOutOfRange",
                        new Object[] {"value", -1}),
                new Bad("no activity", "{\"ratings\": []}", "psfs.noActivity", new Object[0]),
                new Bad("no ratings at all", "{}", "psfs.noActivity", new Object[0]),
                new Bad(
                        "four activities",
                        "{\"ratings\": [" + rating + ", " + rating.replace("Driving", "Reading") + ", "
                                + rating.replace("Driving", "Sleeping") + ", " + rating.replace("Driving", "Lifting")
                                + "]}",
                        "psfs.tooManyActivities",
                        new Object[] {"max", 3, "count", 4}),
                new Bad(
                        "a 500-character activity",
                        "{\"ratings\": [{\"activity\": \"" + "a".repeat(500) + "\", \"score\": 3}]}",
                        "psfs.activityTooLong",
                        new Object[] {"max", PsfsRating.MAX_ACTIVITY_LENGTH, "length", 500}),
                new Bad(
                        "a score that is not whole",
                        "{\"ratings\": [{\"activity\": \"Driving\", \"score\": 2.5}]}",
                        "psfs.scoreNotWhole",
                        new Object[0]),
                new Bad(
                        "an activity that is not text",
                        "{\"ratings\": [{\"activity\": 7, \"score\": 3}]}",
                        "psfsapi.activityNotText",
                        new Object[] {"position", 1}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void refusesEachBadAnswerWithOneSentenceInTheRequestsLanguage(Bad bad) {
        ApiClient.Exchange english = post(bad.body(), "en");
        ApiClient.Exchange russian = post(bad.body(), "ru");

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
        assertThat(english.json().path("detail").asString())
                .isEqualTo(Texts.of(Language.ENGLISH).get(bad.key(), bad.namesAndValues()));
        assertThat(russian.status()).isEqualTo(400);
        assertThat(russian.json().path("detail").asString())
                .isEqualTo(Texts.of(Language.RUSSIAN).get(bad.key(), bad.namesAndValues()))
                .doesNotContain("Driving");
        assertThat(local.wiring().psfs().findAll()).isEmpty();
    }

    @Test
    void promptIsNotDueBeforeAnyCheckOrAnswer() {
        JsonNode prompt = local.api().get(PATH).json().path("prompt");

        assertThat(prompt.path("due").asBoolean()).isFalse();
        assertThat(prompt.path("dueAt").isNull()).isTrue();
        assertThat(prompt.path("lastAsked").isNull()).isTrue();
    }

    @Test
    void promptFallsDueAWeekAfterTheLastAnswerAndASkipPutsItOffAWeek() {
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8)).truncatedTo(ChronoUnit.MILLIS);
        local.wiring().psfs().save(new PsfsAnswer(eightDaysAgo, List.of(new PsfsRating("Driving", 3))));

        JsonNode due = local.api().get(PATH).json().path("prompt");
        ApiClient.Exchange skipped = local.api().send("POST", PATH + "/skip", null);

        assertThat(due.path("due").asBoolean()).isTrue();
        assertThat(due.path("dueAt").asString())
                .isEqualTo(eightDaysAgo.plus(Duration.ofDays(7)).toString());
        assertThat(skipped.status()).isEqualTo(200);
        assertThat(skipped.json().path("due").asBoolean()).isFalse();
        Instant lastAsked = Instant.parse(skipped.json().path("lastAsked").asString());
        assertThat(Instant.parse(skipped.json().path("dueAt").asString()))
                .isEqualTo(lastAsked.plus(Duration.ofDays(7)));
        assertThat(local.api().get(PATH).json().path("history").size()).isEqualTo(1);
    }

    @Test
    void todayLinksToThePsfsPageWhileThePromptIsDueAndNotAfterASkip() {
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8)).truncatedTo(ChronoUnit.MILLIS);
        assertThat(local.api().get("/").body()).doesNotContain("id=\"psfs-prompt\"");
        local.wiring().psfs().save(new PsfsAnswer(eightDaysAgo, List.of(new PsfsRating("Driving", 3))));

        String due = local.api().get("/").body();
        ApiClient.Exchange skipped = local.api().send("POST", "/psfs/skip", null);
        String after = local.api().get("/").body();

        assertThat(due).contains("id=\"psfs-prompt\"").contains("href=\"/psfs\"");
        assertThat(skipped.status()).isEqualTo(200);
        assertThat(skipped.body()).contains("Skipped. You will be asked again in a week.");
        assertThat(after).doesNotContain("id=\"psfs-prompt\"");
    }
}
