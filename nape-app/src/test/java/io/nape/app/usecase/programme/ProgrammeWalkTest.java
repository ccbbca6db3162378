package io.nape.app.usecase.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.cli.CliRun;
import io.nape.app.config.AppConfig;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.person.PersonId;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Settings;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalKind;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.safety.Screening;
import io.nape.core.safety.SymptomReport;
import io.nape.store.safety.TriageRulesLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight weeks of a person's records, generated day by day into a real data folder through the app,
 * for three kinds of person, ending yesterday: sessions laid on the plan's own events (so Progress's
 * adherence counts them as the person would see it), a pain entry every evening, a PSFS answer and
 * a check every seventh day. Every evening at 23:00 the programme is reviewed through the use case
 * the command, the page and the API share, and every proposal is confirmed, a check proposed is
 * taken. Then {@code ./nape progress} is read as the person reads it today.
 *
 * <pre>
 * steady improver    9 in 10 sessions, pain 5 falling a point every 10 days, PSFS 3 rising to 8
 *   day 10  up gentle -> standard, day 20  up standard -> full
 * flare-up in week 3  as the improver, then the first session after noon on day 15 stopped for
 *                     pain and a pain of 7 on day 17
 *   day 10  up gentle -> standard, day 15  down standard -> gentle, day 17  a check,
 *   day 28  up gentle -> standard, day 38  up standard -> full
 * never adheres      1 in 10 sessions, pain a steady 4, PSFS a steady 4: no proposal ever
 * </pre>
 */
class ProgrammeWalkTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int DAYS = 56;
    private static final String DRIVING = "Looking over my shoulder when driving";

    @TempDir
    Path home;

    enum Person {
        STEADY_IMPROVER,
        FLARE_UP_IN_WEEK_3,
        NEVER_ADHERES
    }

    /** One proposal met on the walk. */
    record Step(int day, ProposalKind kind, DosageLevel from, DosageLevel to) {
        static Step of(int day, Proposal proposal) {
            return new Step(day, proposal.kind(), proposal.from(), proposal.to());
        }
    }

    @Test
    void aSteadyImproverStepsUpTwiceAndProgressSaysPainAndFunctionGotBetter() {
        LocalDate first = firstDay();
        assertThat(walk(Person.STEADY_IMPROVER))
                .containsExactly(
                        new Step(10, ProposalKind.STEP_UP, DosageLevel.GENTLE, DosageLevel.STANDARD),
                        new Step(20, ProposalKind.STEP_UP, DosageLevel.STANDARD, DosageLevel.FULL));
        assertThat(levelNow()).isEqualTo(DosageLevel.FULL);

        String progress = progress();
        assertThat(progress)
                .contains(DRIVING + ": 3 \u2192 8 since " + longDate(first) + ", a real improvement.")
                .contains("a meaningful improvement.");
    }

    @Test
    void aFlareUpStepsDownAtOnceAsksForACheckAndClimbsAgainTenDaysAfterTheLastFlareUp() {
        assertThat(walk(Person.FLARE_UP_IN_WEEK_3))
                .containsExactly(
                        new Step(10, ProposalKind.STEP_UP, DosageLevel.GENTLE, DosageLevel.STANDARD),
                        new Step(15, ProposalKind.STEP_DOWN, DosageLevel.STANDARD, DosageLevel.GENTLE),
                        new Step(17, ProposalKind.CHECK, DosageLevel.GENTLE, DosageLevel.GENTLE),
                        new Step(28, ProposalKind.STEP_UP, DosageLevel.GENTLE, DosageLevel.STANDARD),
                        new Step(38, ProposalKind.STEP_UP, DosageLevel.STANDARD, DosageLevel.FULL));
        assertThat(levelNow()).isEqualTo(DosageLevel.FULL);
        assertThat(progress())
                .contains(DRIVING + ": 3 \u2192 8 since " + longDate(firstDay()) + ", a real improvement.");
    }

    @Test
    void someoneWhoNeverAdheresIsNeverMovedAndProgressSaysNothingChanged() {
        assertThat(walk(Person.NEVER_ADHERES)).isEmpty();
        assertThat(levelNow()).isEqualTo(DosageLevel.GENTLE);
        assertThat(progress())
                .contains(DRIVING + ": 4 \u2192 4 since " + longDate(firstDay())
                        + ", less than the 2 points of a real change.")
                .contains("about the same.");
    }

    /** Day 0 of the walk: 56 days before today, so the walk ends yesterday. */
    private static LocalDate firstDay() {
        return LocalDate.now(BERLIN).minusDays(DAYS);
    }

    private static String longDate(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(day);
    }

    private List<Step> walk(Person person) {
        LocalDate first = firstDay();
        WalkClock clock = new WalkClock(first.atTime(7, 0).atZone(BERLIN).toInstant());
        List<Step> steps = new ArrayList<>();
        Random random = new Random(17);
        try (Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null),
                new PrintWriter(new StringWriter()),
                clock)) {
            wiring.settingsRepository().save(Settings.defaults(BERLIN)); // a new person: gentle
            AdaptProgramme programme = new AdaptProgramme(wiring);
            for (int day = 0; day < DAYS; day++) {
                LocalDate date = first.plusDays(day);
                if (day % 7 == 0) {
                    takeACheck(wiring, at(date, 8, 30));
                }
                int chance = person == Person.NEVER_ADHERES ? 10 : 90;
                boolean stopped = false;
                for (PlanEvent event : new PlanEngine(wiring.routineLengths())
                        .plan(wiring.settings(), date, date)
                        .events()) {
                    Instant start = event.instant().plusSeconds(60);
                    boolean stop = person == Person.FLARE_UP_IN_WEEK_3
                            && day == 15
                            && !stopped
                            && !start.isBefore(at(date, 12, 0));
                    if (stop) {
                        stopped = true;
                        played(wiring, event, start, SessionOutcome.STOPPED_FOR_PAIN);
                    } else if (random.nextInt(100) < chance) {
                        played(wiring, event, start, SessionOutcome.COMPLETED);
                    }
                }
                int pain = person == Person.NEVER_ADHERES ? 4 : 5 - day / 10;
                if (person == Person.FLARE_UP_IN_WEEK_3 && day == 17) {
                    pain = 7;
                }
                wiring.painEntries().save(new PainEntry(null, at(date, 20, 0), pain, Set.of(), Set.of(), null, ""));
                if (day % 7 == 0) {
                    int score = person == Person.NEVER_ADHERES ? 4 : Math.min(8, 3 + day / 7);
                    wiring.psfs().save(new PsfsAnswer(at(date, 20, 30), List.of(new PsfsRating(DRIVING, score))));
                }
                Instant evening = at(date, 23, 0);
                clock.set(evening);
                for (Proposal proposal : programme.review(PersonId.LOCAL).open()) {
                    steps.add(Step.of(day, proposal));
                    programme.confirm(PersonId.LOCAL, proposal.id().value());
                    if (proposal.kind() == ProposalKind.CHECK) {
                        takeACheck(wiring, evening.plusSeconds(60));
                    }
                }
            }
            List<ProposalDecision> history = programme.history(PersonId.LOCAL);
            assertThat(history).as("every proposal answered, newest first").hasSize(steps.size());
            assertThat(history).allMatch(ProposalDecision::confirmed);
        }
        return steps;
    }

    private DosageLevel levelNow() {
        try (Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter()))) {
            return wiring.settings().level();
        }
    }

    private String progress() {
        CliRun run = CliRun.run(home, "progress");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static void played(Wiring wiring, PlanEvent event, Instant start, SessionOutcome outcome) {
        wiring.sessionLogs()
                .save(new SessionLog(
                        null,
                        event.routine(),
                        event.level(),
                        start,
                        start.plusSeconds(120),
                        outcome,
                        List.of(new ExerciseResult(
                                0, new ExerciseId("iso-forehead-press"), ExerciseStatus.COMPLETED))));
    }

    private static void takeACheck(Wiring wiring, Instant at) {
        SymptomReport nothing = SymptomReport.empty();
        wiring.screenings()
                .save(new Screening(
                        null, at, nothing, TriageRulesLoader.bundled().assess(nothing)));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    /** A clock the walk moves to each evening. */
    private static final class WalkClock extends Clock {
        private volatile Instant now;

        WalkClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public ZoneId getZone() {
            return BERLIN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
