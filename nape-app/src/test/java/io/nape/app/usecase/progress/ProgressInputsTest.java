package io.nape.app.usecase.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.diary.SessionSummary;
import io.nape.core.plan.DayProgress;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Settings;
import io.nape.core.progress.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report reused between moments is always the one computed afresh for the moment asked. */
class ProgressInputsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    @TempDir
    Path home;

    private List<PlanEvent> events;

    @BeforeEach
    void planAWeek() {
        try (Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter()))) {
            events = new PlanEngine(wiring.routineLengths())
                    .plan(Settings.defaults(ZONE), MONDAY.minusDays(6), MONDAY.plusDays(6))
                    .events();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void reusedReportEqualsTheFreshOneAtEveryMomentOfTheDay(long seed) {
        Random random = new Random(seed);
        List<SessionSummary> sessions = someSessions(random);
        ProgressInputs inputs = new ProgressInputs(events, sessions, List.of(), List.of());
        for (Instant now : moments(random)) {
            assertThat(inputs.reportAt(ZONE, now))
                    .as("at %s", now)
                    .isEqualTo(Progress.of(ZONE, events, sessions, List.of(), List.of(), now));
        }
    }

    /** Moments of Monday, mostly forwards as a clock goes, with every turn to missed and a few steps back. */
    private List<Instant> moments(Random random) {
        Instant start = MONDAY.atStartOfDay(ZONE).toInstant();
        Instant end = MONDAY.plusDays(1).atStartOfDay(ZONE).toInstant();
        List<Instant> forwards = new ArrayList<>();
        for (Instant now = start; now.isBefore(end); now = now.plusSeconds(60 + random.nextInt(900))) {
            forwards.add(now);
        }
        for (PlanEvent event : events) {
            Instant turns = event.instant().plus(DayProgress.GRACE);
            if (turns.isAfter(start) && turns.isBefore(end.minusMillis(1))) {
                forwards.add(turns.minusMillis(1));
                forwards.add(turns);
                forwards.add(turns.plusMillis(1));
            }
        }
        forwards.sort(null);
        List<Instant> moments = new ArrayList<>();
        for (Instant now : forwards) {
            moments.add(now);
            Instant back = now.minus(Duration.ofMinutes(30));
            if (random.nextInt(10) == 0 && !back.isBefore(start)) {
                moments.add(back);
                moments.add(now);
            }
        }
        return moments;
    }

    private List<SessionSummary> someSessions(Random random) {
        List<SessionSummary> sessions = new ArrayList<>();
        for (PlanEvent event : events) {
            if (random.nextBoolean()) {
                Instant started = event.instant().plus(Duration.ofMinutes(random.nextInt(40) - 20));
                sessions.add(new SessionSummary(
                        sessions.size() + 1L, event.routine(), started, SessionOutcome.COMPLETED, 0));
            }
        }
        return sessions;
    }
}
