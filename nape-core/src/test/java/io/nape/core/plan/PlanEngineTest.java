package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.catalogue.DosageLevel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanEngineTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    private final PlanEngine engine = new PlanEngine(FixedRoutineLengths.everyRoutine());
    private final Settings berlin = Settings.defaults(BERLIN).withLevel(DosageLevel.STANDARD);

    private List<String> lines(Settings settings, LocalDate from, LocalDate to) {
        return lines(engine.plan(settings, from, to).events());
    }

    private List<String> lines(Settings settings, LocalDate day) {
        return lines(settings, day, day);
    }

    private static List<String> lines(List<PlanEvent> events) {
        return events.stream()
                .map(event -> event.atText() + " " + event.kind() + " " + event.routine() + " " + event.minutes())
                .toList();
    }

    private static List<String> breakTimes(Plan plan) {
        return plan.events().stream()
                .filter(event -> event.kind() == EventKind.MICRO_BREAK)
                .map(PlanEvent::atText)
                .toList();
    }

    @Test
    void plansANormalWorkDay() {
        assertThat(lines(berlin, MONDAY))
                .containsExactly(
                        "2026-03-30T07:30+02:00 MORNING isometric-complex 14",
                        "2026-03-30T07:44+02:00 STRETCH chair-stretch 6",
                        "2026-03-30T10:00+02:00 MICRO_BREAK desk-a 3",
                        "2026-03-30T11:00+02:00 MICRO_BREAK desk-b 3",
                        "2026-03-30T12:00+02:00 MICRO_BREAK posture 2",
                        "2026-03-30T15:00+02:00 MICRO_BREAK shoulder-relief 3",
                        "2026-03-30T16:00+02:00 MICRO_BREAK massage-short 4",
                        "2026-03-30T17:00+02:00 MICRO_BREAK desk-a 3",
                        "2026-03-30T21:00+02:00 EVENING isometric-complex 14");
    }

    @Test
    void continuesTheRotationFromOneWorkDayToTheNext() {
        assertThat(lines(berlin, MONDAY.plusDays(1)))
                .contains("2026-03-31T10:00+02:00 MICRO_BREAK desk-b 3", "2026-03-31T17:00+02:00 MICRO_BREAK desk-b 3");
    }

    @Test
    void plansAWeekendDayWithoutMicroBreaks() {
        assertThat(lines(berlin, LocalDate.of(2026, 4, 4)))
                .containsExactly(
                        "2026-04-04T07:30+02:00 MORNING isometric-complex 14",
                        "2026-04-04T07:44+02:00 STRETCH chair-stretch 6",
                        "2026-04-04T21:00+02:00 EVENING isometric-complex 14");
    }

    @Test
    void keepsMicroBreaksOutOfLunchAndRestartsTheirCountAfterIt() {
        Settings settings = berlin.withBreakEveryMinutes(45);

        assertThat(breakTimes(engine.plan(settings, MONDAY, MONDAY)))
                .containsExactly(
                        "2026-03-30T09:45+02:00",
                        "2026-03-30T10:30+02:00",
                        "2026-03-30T11:15+02:00",
                        "2026-03-30T12:00+02:00",
                        "2026-03-30T12:45+02:00",
                        "2026-03-30T14:45+02:00",
                        "2026-03-30T15:30+02:00",
                        "2026-03-30T16:15+02:00",
                        "2026-03-30T17:00+02:00",
                        "2026-03-30T17:45+02:00");
    }

    @Test
    void plansNoMicroBreakAtTheEndOfWork() {
        Settings settings = berlin.withWork(LocalTime.of(9, 0), LocalTime.of(17, 0), null);

        assertThat(breakTimes(engine.plan(settings, MONDAY, MONDAY)))
                .containsExactly(
                        "2026-03-30T10:00+02:00",
                        "2026-03-30T11:00+02:00",
                        "2026-03-30T12:00+02:00",
                        "2026-03-30T13:00+02:00",
                        "2026-03-30T14:00+02:00",
                        "2026-03-30T15:00+02:00",
                        "2026-03-30T16:00+02:00");
    }

    @Test
    void leavesOutMicroBreaksWithinFifteenMinutesOfAWholeSession() {
        Settings settings = berlin.withSessions(LocalTime.of(10, 50), LocalTime.of(21, 0));

        assertThat(lines(settings, MONDAY))
                .startsWith(
                        "2026-03-30T10:00+02:00 MICRO_BREAK desk-a 3",
                        "2026-03-30T10:50+02:00 MORNING isometric-complex 14",
                        "2026-03-30T11:04+02:00 STRETCH chair-stretch 6",
                        "2026-03-30T12:00+02:00 MICRO_BREAK desk-b 3");
    }

    @Test
    void givesAQuietDayNoEventsAtAll() {
        Settings settings = berlin.withQuietDays(Set.of(MONDAY)).withRelaxationStart(MONDAY.minusDays(3));

        Plan plan = engine.plan(settings, MONDAY.minusDays(1), MONDAY.plusDays(1));

        assertThat(plan.eventsOn(MONDAY)).isEmpty();
        assertThat(plan.eventsOn(MONDAY.minusDays(1))).isNotEmpty();
        assertThat(plan.eventsOn(MONDAY.plusDays(1))).isNotEmpty();
        assertThat(engine.plan(settings, MONDAY, MONDAY).events()).isEmpty();
    }

    @Test
    void givesTheSameDayTheSameEventsWhateverRangeItIsAskedIn() {
        Plan fortnight = engine.plan(berlin, MONDAY.minusDays(7), MONDAY.plusDays(6));

        assertThat(fortnight.eventsOn(MONDAY))
                .isEqualTo(engine.plan(berlin, MONDAY, MONDAY).events());
        assertThat(fortnight.eventsOn(MONDAY.plusDays(4)))
                .isEqualTo(engine.plan(berlin, MONDAY.plusDays(4), MONDAY.plusDays(4))
                        .events());
    }

    @Test
    void rejectsARangeThatEndsBeforeItStartsOrIsLongerThanAYear() {
        assertThatThrownBy(() -> engine.plan(berlin, MONDAY, MONDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to 2026-03-29 is before from 2026-03-30");
        assertThatThrownBy(() -> engine.plan(berlin, MONDAY, MONDAY.plusDays(366)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a plan covers at most 366 days");
        assertThat(engine.plan(berlin, MONDAY, MONDAY.plusDays(365)).events()).isNotEmpty();
    }

    @Nested
    class NightShift {
        private final Settings night = berlin.withWorkDays(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
                .withWork(
                        LocalTime.of(22, 0),
                        LocalTime.of(6, 0),
                        new LunchBreak(LocalTime.of(2, 0), LocalTime.of(2, 30)))
                .withSessions(LocalTime.of(14, 0), LocalTime.of(21, 0));

        @Test
        void belongsToTheDayItStarts() {
            LocalDate friday = LocalDate.of(2026, 4, 3);

            Plan plan = engine.plan(night, friday, friday);

            assertThat(breakTimes(plan))
                    .containsExactly(
                            "2026-04-03T23:00+02:00",
                            "2026-04-04T00:00+02:00",
                            "2026-04-04T01:00+02:00",
                            "2026-04-04T03:30+02:00",
                            "2026-04-04T04:30+02:00",
                            "2026-04-04T05:30+02:00");
            assertThat(plan.events()).allMatch(event -> event.day().equals(friday));
        }

        @Test
        void isLeftOutWhenItsStartDayIsQuietButNotWhenTheNextDayIs() {
            LocalDate friday = LocalDate.of(2026, 4, 3);

            assertThat(engine.plan(night.withQuietDays(Set.of(friday)), friday, friday)
                            .events())
                    .isEmpty();
            assertThat(breakTimes(engine.plan(night.withQuietDays(Set.of(friday.plusDays(1))), friday, friday)))
                    .hasSize(6);
        }

        @Test
        void countsHoursActuallyWorkedWhenClocksSpringForward() {
            LocalDate saturday = LocalDate.of(2026, 3, 28);

            assertThat(breakTimes(engine.plan(night, saturday, saturday)))
                    .containsExactly(
                            "2026-03-28T23:00+01:00",
                            "2026-03-29T00:00+01:00",
                            "2026-03-29T01:00+01:00",
                            "2026-03-29T04:30+02:00",
                            "2026-03-29T05:30+02:00");
        }

        @Test
        void countsHoursActuallyWorkedWhenClocksFallBack() {
            LocalDate saturday = LocalDate.of(2026, 10, 24);

            assertThat(breakTimes(engine.plan(night, saturday, saturday)))
                    .containsExactly(
                            "2026-10-24T23:00+02:00",
                            "2026-10-25T00:00+02:00",
                            "2026-10-25T01:00+02:00",
                            "2026-10-25T02:30+01:00",
                            "2026-10-25T03:30+01:00",
                            "2026-10-25T04:30+01:00",
                            "2026-10-25T05:30+01:00");
        }
    }

    @Nested
    class DaylightSaving {
        private List<String> sessions(ZoneId zone, LocalTime morning, LocalDate day) {
            Settings settings =
                    Settings.defaults(zone).withLevel(DosageLevel.STANDARD).withSessions(morning, LocalTime.of(21, 0));
            return lines(settings, day);
        }

        @Test
        void movesAMorningInBerlinsMissingHourForwardByTheGap() {
            assertThat(sessions(BERLIN, LocalTime.of(2, 30), LocalDate.of(2026, 3, 29)))
                    .containsExactly(
                            "2026-03-29T03:30+02:00 MORNING isometric-complex 14",
                            "2026-03-29T03:44+02:00 STRETCH chair-stretch 6",
                            "2026-03-29T21:00+02:00 EVENING isometric-complex 14");
            assertThat(sessions(BERLIN, LocalTime.of(2, 30), LocalDate.of(2026, 3, 28)))
                    .startsWith("2026-03-28T02:30+01:00 MORNING isometric-complex 14");
        }

        @Test
        void holdsAMorningInBerlinsRepeatedHourOnceAtTheEarlierOffset() {
            assertThat(sessions(BERLIN, LocalTime.of(2, 30), LocalDate.of(2026, 10, 25)))
                    .containsExactly(
                            "2026-10-25T02:30+02:00 MORNING isometric-complex 14",
                            "2026-10-25T02:44+02:00 STRETCH chair-stretch 6",
                            "2026-10-25T21:00+01:00 EVENING isometric-complex 14");
        }

        @Test
        void startsTheStretchAtTheRightOffsetWhenTheMorningRunsIntoTheChange() {
            assertThat(sessions(BERLIN, LocalTime.of(2, 50), LocalDate.of(2026, 10, 25)))
                    .startsWith(
                            "2026-10-25T02:50+02:00 MORNING isometric-complex 14",
                            "2026-10-25T02:04+01:00 STRETCH chair-stretch 6");
        }

        @Test
        void movesAMorningInNewYorksMissingHourForwardByTheGap() {
            assertThat(sessions(NEW_YORK, LocalTime.of(2, 30), LocalDate.of(2026, 3, 8)))
                    .containsExactly(
                            "2026-03-08T03:30-04:00 MORNING isometric-complex 14",
                            "2026-03-08T03:44-04:00 STRETCH chair-stretch 6",
                            "2026-03-08T21:00-04:00 EVENING isometric-complex 14");
        }

        @Test
        void holdsAMorningInNewYorksRepeatedHourOnceAtTheEarlierOffset() {
            assertThat(sessions(NEW_YORK, LocalTime.of(1, 30), LocalDate.of(2026, 11, 1)))
                    .containsExactly(
                            "2026-11-01T01:30-04:00 MORNING isometric-complex 14",
                            "2026-11-01T01:44-04:00 STRETCH chair-stretch 6",
                            "2026-11-01T21:00-05:00 EVENING isometric-complex 14");
            assertThat(sessions(NEW_YORK, LocalTime.of(1, 50), LocalDate.of(2026, 11, 1)))
                    .startsWith(
                            "2026-11-01T01:50-04:00 MORNING isometric-complex 14",
                            "2026-11-01T01:04-05:00 STRETCH chair-stretch 6");
        }

        @Test
        void writesUtcWithANumericOffset() {
            assertThat(sessions(ZoneId.of("UTC"), LocalTime.of(7, 30), MONDAY))
                    .startsWith("2026-03-30T07:30+00:00 MORNING isometric-complex 14");
        }
    }

    @Nested
    class Relaxation {
        private final LocalDate start = LocalDate.of(2026, 3, 1);

        @Test
        void teachesANewLessonEveryFourDaysThenKeepsTheLastOne() {
            Settings settings = berlin.withRelaxationStart(start);

            List<String> lessons = engine.plan(settings, start.minusDays(1), start.plusDays(30)).events().stream()
                    .filter(event -> event.kind() == EventKind.RELAXATION)
                    .map(event -> event.day().getDayOfMonth() + ":" + event.routine())
                    .toList();

            assertThat(lessons)
                    .containsExactly(
                            "1:pmr-1",
                            "2:pmr-1",
                            "3:pmr-1",
                            "4:pmr-1",
                            "5:pmr-2",
                            "6:pmr-2",
                            "7:pmr-2",
                            "8:pmr-2",
                            "9:pmr-3",
                            "10:pmr-3",
                            "11:pmr-3",
                            "12:pmr-3",
                            "13:pmr-4",
                            "14:pmr-4",
                            "15:pmr-4",
                            "16:pmr-4",
                            "17:pmr-5",
                            "18:pmr-5",
                            "19:pmr-5",
                            "20:pmr-5",
                            "21:pmr-6",
                            "22:pmr-6",
                            "23:pmr-6",
                            "24:pmr-6",
                            "25:pmr-6",
                            "26:pmr-6",
                            "27:pmr-6",
                            "28:pmr-6",
                            "29:pmr-6",
                            "30:pmr-6",
                            "31:pmr-6");
        }

        @Test
        void followsTheEveningSession() {
            Settings settings = berlin.withRelaxationStart(start);

            assertThat(lines(settings, LocalDate.of(2026, 3, 9)))
                    .endsWith(
                            "2026-03-09T21:00+01:00 EVENING isometric-complex 14",
                            "2026-03-09T21:14+01:00 RELAXATION pmr-3 10");
        }

        @Test
        void stepsDownALevelToKeepALessonWithinFifteenMinutes() {
            FixedRoutineLengths lengths =
                    FixedRoutineLengths.everyRoutine().with("pmr-6", DosageLevel.FULL, Duration.ofMinutes(17));
            Settings settings = berlin.withLevel(DosageLevel.FULL).withRelaxationStart(start);
            PlanEngine fullEngine = new PlanEngine(lengths);

            PlanEvent first = lesson(fullEngine.plan(settings, start, start));
            PlanEvent sixth = lesson(fullEngine.plan(settings, start.plusDays(20), start.plusDays(20)));

            assertThat(first.level()).isEqualTo(DosageLevel.FULL);
            assertThat(first.minutes()).isEqualTo(10);
            assertThat(sixth.level()).isEqualTo(DosageLevel.STANDARD);
            assertThat(sixth.minutes()).isEqualTo(13);
        }

        @Test
        void leavesOutALessonTooLongEvenAtTheGentleLevelAndSaysSo() {
            FixedRoutineLengths lengths = FixedRoutineLengths.everyRoutine();
            for (DosageLevel level : DosageLevel.values()) {
                lengths.with("pmr-1", level, Duration.ofMinutes(16));
            }

            Plan plan = new PlanEngine(lengths).plan(berlin.withRelaxationStart(start), start, start);

            assertThat(plan.events()).noneMatch(event -> event.kind() == EventKind.RELAXATION);
            assertThat(english(plan))
                    .containsExactly(
                            "Relaxation lesson \"pmr-1\" lasts more than 15 minutes even at level gentle, longer"
                                    + " than a lesson may last, so the plan leaves it out.");
        }

        @Test
        void plansNoLessonWithoutAStartDate() {
            assertThat(engine.plan(berlin, start, start.plusDays(10)).events())
                    .noneMatch(event -> event.kind() == EventKind.RELAXATION);
        }

        private PlanEvent lesson(Plan plan) {
            return plan.events().stream()
                    .filter(event -> event.kind() == EventKind.RELAXATION)
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Nested
    class MissingRoutines {
        @Test
        void skipsAMissingDeskRoutineInTheRotationAndSaysSo() {
            PlanEngine partial =
                    new PlanEngine(FixedRoutineLengths.everyRoutineOfTheWeek().without("posture", "chair-stretch"));

            Plan plan = partial.plan(berlin, MONDAY, MONDAY);

            assertThat(lines(plan.events()))
                    .containsExactly(
                            "2026-03-30T07:30+02:00 MORNING isometric-complex 14",
                            "2026-03-30T10:00+02:00 MICRO_BREAK shoulder-relief 3",
                            "2026-03-30T11:00+02:00 MICRO_BREAK massage-short 4",
                            "2026-03-30T12:00+02:00 MICRO_BREAK desk-a 3",
                            "2026-03-30T15:00+02:00 MICRO_BREAK desk-b 3",
                            "2026-03-30T16:00+02:00 MICRO_BREAK shoulder-relief 3",
                            "2026-03-30T17:00+02:00 MICRO_BREAK massage-short 4",
                            "2026-03-30T18:00+02:00 YOGA yoga-neck 4",
                            "2026-03-30T21:00+02:00 EVENING isometric-complex 14");
            assertThat(english(plan))
                    .containsExactly(
                            "The catalogue has no routine \"chair-stretch\", so the plan leaves it out.",
                            "The catalogue has no desk routine \"posture\", so micro-breaks take turns among desk-a,"
                                    + " desk-b, shoulder-relief, massage-short.");
        }

        @Test
        void saysSoWhenOnlyOneDeskRoutineIsLeft() {
            PlanEngine partial = new PlanEngine(FixedRoutineLengths.everyRoutineOfTheWeek()
                    .without("desk-b", "posture", "shoulder-relief", "massage-short"));

            Plan plan = partial.plan(berlin, MONDAY, MONDAY);

            assertThat(breakTimes(plan)).hasSize(6);
            assertThat(english(plan))
                    .contains("The catalogue has only one desk routine, \"desk-a\", so consecutive micro-breaks repeat"
                            + " it.");
        }

        @Test
        void saysSoWhenNoDeskRoutineIsLeft() {
            PlanEngine partial = new PlanEngine(FixedRoutineLengths.everyRoutineOfTheWeek()
                    .without("desk-a", "desk-b", "posture", "shoulder-relief", "massage-short"));

            Plan plan = partial.plan(berlin, MONDAY, MONDAY);

            assertThat(breakTimes(plan)).isEmpty();
            assertThat(english(plan))
                    .containsExactly("The catalogue has none of the desk routines (desk-a, desk-b, posture,"
                            + " shoulder-relief, massage-short), so the plan has no micro-breaks.");
        }

        @Test
        void namesEveryMissingSessionRoutineInOneSentence() {
            PlanEngine partial =
                    new PlanEngine(FixedRoutineLengths.everyRoutineOfTheWeek().without("chair-stretch", "pmr-1"));

            Plan plan = partial.plan(berlin.withRelaxationStart(MONDAY), MONDAY, MONDAY);

            assertThat(english(plan))
                    .containsExactly("The catalogue has no routine \"chair-stretch\" or \"pmr-1\", so the plan leaves"
                            + " them out.");
        }

        @Test
        void namesOnlyWhatTheRangeItselfMisses() {
            PlanEngine partial =
                    new PlanEngine(FixedRoutineLengths.everyRoutineOfTheWeek().without("pmr-1", "pmr-2"));

            Plan plan = partial.plan(berlin.withRelaxationStart(MONDAY.minusDays(4)), MONDAY, MONDAY);

            assertThat(english(plan))
                    .containsExactly("The catalogue has no routine \"pmr-2\", so the plan leaves it out.");
        }

        @Test
        void notesNothingMissingForAWeekendWithoutMicroBreaks() {
            PlanEngine partial =
                    new PlanEngine(FixedRoutineLengths.everyRoutineOfTheWeek().without("posture"));

            assertThat(partial.plan(berlin, LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 5))
                            .notes())
                    .isEmpty();
        }
    }

    /** The plan's notes in the core's English, as a developer reads them. */
    private static List<String> english(Plan plan) {
        return plan.notes().stream().map(PlanNote::english).toList();
    }
}
