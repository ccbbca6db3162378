package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.usecase.session.Checks;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.plan.Settings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every way the web app starts a session asks the same door as {@code nape start}: the player page,
 * the timeline the player fetches, the timeline API, the Today page's start button and the gate's
 * own answer refuse what the advice in force does not allow, however old that advice is.
 */
class SessionGateWebTest {
    @RegisterExtension
    final LocalServer local = new LocalServer();

    /** A stored check, and what it should do to the whole isometric complex. */
    enum Advice {
        URGENT(Checks.URGENT, Duration.ofHours(1), "A fever with a stiff neck", "URGENT"),
        STALE_URGENT(Checks.URGENT, Duration.ofDays(30), "A fever with a stiff neck", "URGENT"),
        GENTLE(Checks.GENTLE, Duration.ofHours(1), "Isometric neck complex cannot start", "NOT_ALLOWED"),
        STALE_GENTLE(Checks.GENTLE, Duration.ofDays(10), "Isometric neck complex cannot start", "NOT_ALLOWED"),
        PRESCRIBED_ONLY(
                Checks.PRESCRIBED_ONLY, Duration.ofHours(1), "Isometric neck complex cannot start", "NOT_ALLOWED");

        final Checks check;
        final Duration age;
        final String firstWords;
        final String verdict;

        Advice(Checks check, Duration age, String firstWords, String verdict) {
            this.check = check;
            this.age = age;
            this.firstWords = firstWords;
            this.verdict = verdict;
        }
    }

    private void store(Advice advice) {
        local.wiring().screenings().save(advice.check.at(Instant.now().minus(advice.age)));
    }

    @ParameterizedTest
    @EnumSource(Advice.class)
    void thePlayerPageRefusesWhatTheAdviceDoesNotAllow(Advice advice) {
        store(advice);

        ApiClient.Exchange page =
                local.api().send("GET", "/session/isometric-complex?level=standard", null, "Accept", "text/html");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("cannot start now").contains(advice.firstWords);
        assertThat(page.body()).doesNotContain("data-timeline");
        if (advice.check == Checks.URGENT) {
            assertThat(page.body()).contains("call emergency services");
        }
    }

    @ParameterizedTest
    @EnumSource(Advice.class)
    void thePlayersTimelineIsNotHandedOutWithoutAPermit(Advice advice) {
        store(advice);

        ApiClient.Exchange timeline = local.api().get("/session/isometric-complex/timeline.json?level=standard");

        assertThat(timeline.status()).isEqualTo(403);
        assertThat(timeline.mediaType()).isEqualTo("application/problem+json");
        assertThat(timeline.json().path("detail").asString()).startsWith(advice.firstWords);
        assertThat(timeline.body()).doesNotContain("\"phases\"");
    }

    @ParameterizedTest
    @EnumSource(Advice.class)
    void theTimelineApiRefusesWhatTheAdviceDoesNotAllow(Advice advice) {
        store(advice);

        ApiClient.Exchange timeline = local.api().get("/api/routines/isometric-complex/timeline");

        assertThat(timeline.status()).isEqualTo(403);
        assertThat(timeline.json().path("detail").asString()).startsWith(advice.firstWords);
        assertThat(timeline.body()).doesNotContain("\"phases\"");
    }

    @ParameterizedTest
    @EnumSource(Advice.class)
    void theGateAnswersThePageWithTheSameVerdict(Advice advice) {
        store(advice);

        ApiClient.Exchange gate = local.api().get("/api/sessions/allowed?routine=isometric-complex");

        assertThat(gate.status()).isEqualTo(200);
        assertThat(gate.json().path("allowed").asBoolean()).isFalse();
        assertThat(gate.json().path("verdict").asString()).isEqualTo(advice.verdict);
        assertThat(gate.json().path("message").asString()).startsWith(advice.firstWords);
    }

    @Test
    void gentleAdviceStillLetsAGentleRoutinePlay() {
        store(Advice.GENTLE);

        assertThat(local.api().get("/session/posture").status()).isEqualTo(200);
        assertThat(local.api()
                        .get("/session/posture/timeline.json")
                        .json()
                        .path("phases")
                        .size())
                .isPositive();
        assertThat(local.api().get("/api/routines/posture/timeline").status()).isEqualTo(200);
    }

    @Test
    void staleAllowingAdvicePlaysAndAsksForANewCheck() {
        local.wiring().screenings().save(Checks.ALLOWED.at(Instant.now().minus(Duration.ofDays(8))));

        ApiClient.Exchange page = local.api().get("/session/isometric-complex");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Your last check is 8 days old; take the check again");
        assertThat(local.api().get("/session/isometric-complex/timeline.json").status())
                .isEqualTo(200);
    }

    @Test
    void todayOffersNoStartButtonWhileUrgentAdviceStands() {
        local.wiring().settingsRepository().save(aDayWithSessionsAhead());
        assertThat(local.api().get("/").body()).contains("class=\"button primary\" href=\"/session/");
        store(Advice.URGENT);

        String today = local.api().get("/").body();

        assertThat(today).doesNotContain("href=\"/session/");
        assertThat(today).contains("No session starts while your last check");
    }

    @Test
    void todayOffersNoStartButtonForARoutineTheAdviceDoesNotAllow() {
        local.wiring().settingsRepository().save(aDayWithSessionsAhead());
        store(Advice.PRESCRIBED_ONLY);

        String today = local.api().get("/").body();

        assertThat(today).doesNotContain("href=\"/session/");
        assertThat(today)
                .contains("cannot start: your last check")
                .contains("only what a doctor has prescribed")
                .contains("None of Nape's routines fits that now.");
    }

    /** A day where it is now about noon and sessions are still ahead, whatever time the test runs. */
    static Settings aDayWithSessionsAhead() {
        int utcHour = Instant.now().atZone(ZoneOffset.UTC).getHour();
        return new Settings(
                ZoneOffset.ofHours(Math.floorMod(12 - utcHour + 12, 24) - 12),
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(14, 0),
                LocalTime.of(22, 0),
                null,
                LocalTime.of(7, 0),
                LocalTime.of(23, 30),
                60,
                Set.of(),
                DosageLevel.STANDARD,
                null);
    }
}
