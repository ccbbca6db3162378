package io.nape.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Progress of a small hand-made diary in Berlin: every day plans the morning complex at 07:30, the
 * desk-a micro-break at 10:00 and the evening complex at 21:00, from Monday 2 March to Sunday 22 March
 * 2026; it is now Wednesday 18 March, 12:00.
 *
 * <pre>
 * week of 2 March   every morning done; evenings Mon-Wed; desk-a Mon only
 *                   Mon 3, Tue 2, Wed 2, Thu-Sun 1 each: 3+2+2+4*1 = 11 done of 21 due: 11/21 = 52.4% -> 52%
 * week of 9 March   nothing at all: 0 done of 21 due, 0%
 * week of 16 March  Mon morning (session); Tue morning skipped (reminder), evening done (its reminder
 *                   answered with start at 21:20, the session it started at 21:21);
 *                   Wed morning (session), desk-a missed (10:30 passed), evening later.
 *                   planned 7*3 = 21; due Mon 3 + Tue 3 + Wed 2 = 8; done 1+1+1 = 3: 3/8 = 37.5% -> 38%
 * streaks           2-8 March: 7 days in a row; 9-15 March: none; 16, 17, 18 March: 3 -> current 3, longest 7
 * </pre>
 */
class ProgressTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final RoutineId COMPLEX = new RoutineId("isometric-complex");
    private static final RoutineId DESK_A = new RoutineId("desk-a");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    private static final LocalDate MARCH_16 = LocalDate.of(2026, 3, 16);
    private static final LocalDate MARCH_17 = LocalDate.of(2026, 3, 17);
    private static final LocalDate MARCH_18 = LocalDate.of(2026, 3, 18);
    private static final Instant WEDNESDAY_NOON = at(MARCH_18, 12, 0);

    @Test
    void countsSessionsDoneOfThosePlannedPerWeek() {
        ProgressReport report = smallDiary(WEDNESDAY_NOON);

        assertThat(report.today()).isEqualTo(MARCH_18);
        assertThat(report.weeks()).extracting(WeekAdherence::monday).containsExactly(MARCH_2, MARCH_9, MARCH_16);
        assertThat(report.weekOf(MARCH_2).orElseThrow().adherence()).isEqualTo(new Adherence(21, 21, 11));
        assertThat(report.weekOf(MARCH_2).orElseThrow().adherence().percent()).hasValue(52);
    }

    @Test
    void showsAWeekWithoutAnySessionAsNoneDone() {
        Adherence empty =
                smallDiary(WEDNESDAY_NOON).weekOf(MARCH_9).orElseThrow().adherence();

        assertThat(empty).isEqualTo(new Adherence(21, 21, 0));
        assertThat(empty.percent()).hasValue(0);
    }

    @Test
    void countsOnlyTheEventsWhoseTimeHasComeInTheCurrentWeek() {
        Adherence thisWeek =
                smallDiary(WEDNESDAY_NOON).weekOf(MARCH_18).orElseThrow().adherence();

        assertThat(thisWeek).isEqualTo(new Adherence(21, 8, 3));
        assertThat(thisWeek.ahead()).isEqualTo(13);
        assertThat(thisWeek.percent()).hasValue(38);
    }

    @Test
    void countsEachDayWithAnsweredRemindersAsDoneOrSkipped() {
        ProgressReport report = smallDiary(WEDNESDAY_NOON);

        assertThat(report.day(MARCH_2).orElseThrow().adherence()).isEqualTo(new Adherence(3, 3, 3));
        assertThat(report.day(MARCH_17).orElseThrow().adherence()).isEqualTo(new Adherence(3, 3, 1));
        assertThat(report.day(MARCH_18).orElseThrow().adherence()).isEqualTo(new Adherence(3, 2, 1));
        assertThat(report.day(MARCH_18.plusDays(4)).orElseThrow().adherence()).isEqualTo(new Adherence(3, 0, 0));
        assertThat(report.days()).hasSize(21);
    }

    @Test
    void makesEveryWeekTheSumOfItsDays() {
        ProgressReport report = smallDiary(WEDNESDAY_NOON);

        for (WeekAdherence week : report.weeks()) {
            Adherence sum = report.days().stream()
                    .filter(day ->
                            !day.day().isBefore(week.monday()) && !day.day().isAfter(week.sunday()))
                    .map(DayAdherence::adherence)
                    .reduce(Adherence.NONE, Adherence::plus);
            assertThat(week.adherence()).isEqualTo(sum);
        }
    }

    @Test
    void countsTheCurrentAndTheLongestStreak() {
        assertThat(smallDiary(WEDNESDAY_NOON).streaks()).isEqualTo(new Streaks(3, 7));
    }

    @Test
    void keepsTheStreakWhileTodayIsNotYetDone() {
        // Thursday 19 March 08:30: the morning is missed, the evening still to come; 16-18 still count.
        ProgressReport report = smallDiary(at(MARCH_18.plusDays(1), 8, 30));

        assertThat(report.streaks()).isEqualTo(new Streaks(3, 7));
    }

    @Test
    void passesOverAQuietDayWithoutBreakingTheStreak() {
        // Mon 16 and Wed 18 done, Tue 17 quiet (nothing planned): a streak of 2.
        List<PlanEvent> events = new ArrayList<>();
        events.addAll(day(MARCH_16));
        events.addAll(day(MARCH_18));
        List<SessionLog> sessions =
                List.of(session(COMPLEX, at(MARCH_16, 7, 35)), session(COMPLEX, at(MARCH_18, 7, 35)));

        ProgressReport report = Progress.of(BERLIN, events, sessions, List.of(), List.of(), WEDNESDAY_NOON);

        assertThat(report.streaks()).isEqualTo(new Streaks(2, 2));
        assertThat(report.day(MARCH_17).orElseThrow().adherence()).isEqualTo(Adherence.NONE);
    }

    @Test
    void neverCountsASecondMorningSessionForTheEveningMissedTheDayBefore() {
        // Mon 16: morning done, evening missed. Tue 17: two morning sessions, 07:35 and 07:50.
        // The 07:50 one is nearest to Tuesday's morning, already done, so it counts for nothing:
        // Monday stays 1 of 3 done, Tuesday 1 of 3.
        List<PlanEvent> events = new ArrayList<>();
        events.addAll(day(MARCH_16));
        events.addAll(day(MARCH_17));
        List<SessionLog> sessions = List.of(
                session(COMPLEX, at(MARCH_16, 7, 35)),
                session(COMPLEX, at(MARCH_17, 7, 35)),
                session(COMPLEX, at(MARCH_17, 7, 50)));

        ProgressReport report = Progress.of(BERLIN, events, sessions, List.of(), List.of(), at(MARCH_17, 23, 0));

        assertThat(report.day(MARCH_16).orElseThrow().adherence()).isEqualTo(new Adherence(3, 3, 1));
        assertThat(report.day(MARCH_17).orElseThrow().adherence()).isEqualTo(new Adherence(3, 3, 1));
    }

    @Test
    void neitherPlansNorCountsDueWhatCameBeforeThePersonBegan() {
        // A new person began on Tuesday 17 March at 09:00 (the first thing recorded): the days before and
        // Tuesday's morning neither planned nor due; Tuesday's desk-a and evening missed; Wednesday's morning
        // stopped for pain: due, not done.
        List<PlanEvent> events = new ArrayList<>();
        events.addAll(day(MARCH_16));
        events.addAll(day(MARCH_17));
        events.addAll(day(MARCH_18));
        SessionLog hurt = new SessionLog(
                null,
                COMPLEX,
                DosageLevel.STANDARD,
                at(MARCH_18, 7, 35),
                at(MARCH_18, 7, 37),
                SessionOutcome.STOPPED_FOR_PAIN,
                List.of(new ExerciseResult(0, new ExerciseId("chin-press"), ExerciseStatus.PARTIAL)));

        ProgressReport report =
                Progress.of(BERLIN, events, List.of(hurt), List.of(), List.of(), at(MARCH_17, 9, 0), WEDNESDAY_NOON);

        assertThat(report.day(MARCH_16).orElseThrow().adherence()).isEqualTo(Adherence.NONE);
        assertThat(report.day(MARCH_17).orElseThrow().adherence()).isEqualTo(new Adherence(2, 2, 0));
        assertThat(report.day(MARCH_18).orElseThrow().adherence()).isEqualTo(new Adherence(3, 2, 0));
        assertThat(report.streaks()).isEqualTo(new Streaks(0, 0));
    }

    @Test
    void computesTheSevenDayPainMeanAndItsChangeOverFourWeeks() {
        // Today Wed 18 March. Current window 12-18 March: 5, 4, 4 -> 13/3 = 4.33 (11 March's 10 is out).
        // Earlier window 12-18 February: 7, 6, 8, 5 -> 26/4 = 6.5 (11 and 19 February are out).
        // Change 4.33 - 6.5 = -2.17: two points or more down, so better.
        List<PainEntry> pains = List.of(
                pain(MARCH_18.minusDays(7), 9, 10),
                pain(MARCH_18.minusDays(6), 8, 5),
                pain(MARCH_18.minusDays(3), 20, 4),
                pain(MARCH_18, 11, 4),
                pain(LocalDate.of(2026, 2, 11), 9, 9),
                pain(LocalDate.of(2026, 2, 12), 9, 7),
                pain(LocalDate.of(2026, 2, 14), 9, 6),
                pain(LocalDate.of(2026, 2, 18), 9, 8),
                pain(LocalDate.of(2026, 2, 18), 22, 5),
                pain(LocalDate.of(2026, 2, 19), 9, 1));

        PainTrend trend = Progress.of(BERLIN, List.of(), List.of(), List.of(), pains, WEDNESDAY_NOON)
                .pain();

        assertThat(trend.current()).contains(new PainMean(LocalDate.of(2026, 3, 12), MARCH_18, 3, 13));
        assertThat(trend.earlier()).contains(new PainMean(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 18), 4, 26));
        assertThat(trend.current().orElseThrow().mean()).isCloseTo(4.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(trend.change()).hasValueCloseTo(-2.1667, org.assertj.core.data.Offset.offset(0.001));
        assertThat(trend.meaningfulChange()).contains(MeaningfulChange.BETTER);
    }

    @Test
    void countsAChangeOfExactlyTwoPointsEvenInThirds() {
        // Earlier 6, 6, 7 -> 19/3; now 4, 4, 5 -> 13/3; 13/3 - 19/3 = -2 exactly.
        PainTrend trend = trend(List.of(6, 6, 7), List.of(4, 4, 5));

        assertThat(trend.meaningfulChange()).contains(MeaningfulChange.BETTER);
    }

    @Test
    void seesNoMeaningfulChangeBelowTwoPoints() {
        // Earlier 6 -> 6; now 4, 4, 5 -> 13/3 = 4.33; change -1.67.
        PainTrend trend = trend(List.of(6), List.of(4, 4, 5));

        assertThat(trend.change()).hasValueCloseTo(-1.667, org.assertj.core.data.Offset.offset(0.001));
        assertThat(trend.meaningfulChange()).isEmpty();
    }

    @Test
    void callsARiseOfTwoPointsWorse() {
        // Earlier 3, 4 -> 3.5; now 6, 5 -> 5.5; change +2.
        PainTrend trend = trend(List.of(3, 4), List.of(6, 5));

        assertThat(trend.change()).hasValue(2.0);
        assertThat(trend.meaningfulChange()).contains(MeaningfulChange.WORSE);
    }

    @Test
    void hasNoChangeWithoutEntriesFourWeeksEarlier() {
        PainTrend trend = trend(List.of(), List.of(8));

        assertThat(trend.current()).isPresent();
        assertThat(trend.earlier()).isEmpty();
        assertThat(trend.change()).isEmpty();
        assertThat(trend.meaningfulChange()).isEmpty();
    }

    @Test
    void keepsSevenLocalDaysInTheWeekOfTheDaylightSavingChange() {
        // Berlin moves from 02:00 to 03:00 on Sunday 29 March 2026. Monday 23 to Sunday 29 March plans the
        // morning and evening complex; every morning is done at 07:35 local (05:35 UTC on the 29th,
        // 06:35 UTC before). Now Sunday 23:45 CEST: 14 planned, 14 due, 7 done -> 50%; a streak of 7.
        LocalDate monday = LocalDate.of(2026, 3, 23);
        LocalDate sunday = LocalDate.of(2026, 3, 29);
        List<PlanEvent> events = new ArrayList<>();
        List<SessionLog> sessions = new ArrayList<>();
        for (LocalDate day = monday; !day.isAfter(sunday); day = day.plusDays(1)) {
            events.add(event(day, 7, 30, EventKind.MORNING, COMPLEX));
            events.add(event(day, 21, 0, EventKind.EVENING, COMPLEX));
            sessions.add(session(COMPLEX, at(day, 7, 35)));
        }
        // Pain by local day: 23:30 CET on the 22nd is out; 00:30 CET on the 23rd is in (22:30 and 23:30
        // UTC on the 22nd); 01:30 CET and 03:30 CEST on the 29th are in; 00:15 CEST on the 30th is out
        // although it is still the 29th in UTC. Mean (6 + 4 + 5 + 3) / 4 = 18/4 = 4.5.
        List<PainEntry> pains = List.of(
                pain(LocalDate.of(2026, 3, 22), 23, 30, 9),
                pain(monday, 0, 30, 6),
                pain(sunday, 1, 30, 4),
                pain(sunday, 3, 30, 5),
                pain(sunday, 23, 30, 3),
                pain(LocalDate.of(2026, 3, 30), 0, 15, 10));
        Instant now = at(sunday, 23, 45);

        ProgressReport report = Progress.of(BERLIN, events, sessions, List.of(), pains, now);

        assertThat(at(sunday, 7, 35)).isEqualTo(Instant.parse("2026-03-29T05:35:00Z"));
        assertThat(report.days()).hasSize(7);
        assertThat(report.weeks())
                .singleElement()
                .isEqualTo(new WeekAdherence(monday, new Adherence(14, 14, 7), new StateCounts(7, 0, 0, 7, 0, 0)));
        assertThat(report.weeks().get(0).adherence().percent()).hasValue(50);
        assertThat(report.streaks()).isEqualTo(new Streaks(7, 7));
        assertThat(report.pain().current()).contains(new PainMean(monday, sunday, 4, 18));
        assertThat(report.pain().current().orElseThrow().mean()).isEqualTo(4.5);
    }

    @Test
    void readsDaysInTheGivenTimeZone() {
        // 2026-03-10T20:00Z is 11 March 05:00 in Tokyo but 10 March 16:00 in New York. Now, 17 March 12:00 UTC,
        // is 17 March in both, so both windows are 11-17 March: Tokyo (8 + 2) / 2 = 5.0, New York 2 / 1 = 2.0.
        List<PainEntry> pains = List.of(
                new PainEntry(null, Instant.parse("2026-03-10T20:00:00Z"), 8, Set.of(), Set.of(), null, ""),
                new PainEntry(null, Instant.parse("2026-03-17T10:00:00Z"), 2, Set.of(), Set.of(), null, ""));
        Instant now = Instant.parse("2026-03-17T12:00:00Z");

        PainTrend tokyo = Progress.of(ZoneId.of("Asia/Tokyo"), List.of(), List.of(), List.of(), pains, now)
                .pain();
        PainTrend newYork = Progress.of(ZoneId.of("America/New_York"), List.of(), List.of(), List.of(), pains, now)
                .pain();

        assertThat(tokyo.current().orElseThrow().mean()).isEqualTo(5.0);
        assertThat(newYork.current().orElseThrow().mean()).isEqualTo(2.0);
    }

    @Test
    void takesTodayFromTheGivenTimeZone() {
        Instant now = Instant.parse("2026-03-17T20:00:00Z");

        assertThat(Progress.of(ZoneId.of("Asia/Tokyo"), List.of(), List.of(), List.of(), List.of(), now)
                        .today())
                .isEqualTo(MARCH_18);
        assertThat(Progress.of(ZoneId.of("America/New_York"), List.of(), List.of(), List.of(), List.of(), now)
                        .today())
                .isEqualTo(MARCH_17);
    }

    @Test
    void reportsOnlyTodayWhenNothingIsPlannedOrLogged() {
        ProgressReport report = Progress.of(BERLIN, List.of(), List.of(), List.of(), List.of(), WEDNESDAY_NOON);

        assertThat(report.days()).containsExactly(new DayAdherence(MARCH_18, Adherence.NONE));
        assertThat(report.weeks()).containsExactly(new WeekAdherence(MARCH_16, Adherence.NONE, StateCounts.NONE));
        assertThat(report.streaks()).isEqualTo(new Streaks(0, 0));
        assertThat(report.pain().current()).isEmpty();
        assertThat(Adherence.NONE.percent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20260329, 424242})
    void givesTheSameReportWhateverTheOrderOfItsInput(long seed) {
        Random random = new Random(seed);
        Diary diary = smallDiaryInput();
        List<PlanEvent> events = shuffled(diary.events, random);
        List<SessionLog> sessions = shuffled(diary.sessions, random);
        List<ReminderRecord> reminders = shuffled(diary.reminders, random);

        ProgressReport report = Progress.of(BERLIN, events, sessions, reminders, List.of(), WEDNESDAY_NOON);

        assertThat(report).isEqualTo(smallDiary(WEDNESDAY_NOON));
    }

    @Test
    void countsTheEventsOfAWeekByState() {
        // Week of 2 March in the small diary: 11 done; the rest missed.
        assertThat(smallDiary(WEDNESDAY_NOON).weekOf(MARCH_2).orElseThrow().counts())
                .isEqualTo(new StateCounts(11, 0, 0, 10, 0, 0));
        // Week of 16 March: Mon morning done, Tue morning skipped, Tue evening done, Wed morning done,
        // Mon and Tue desk-a missed, Mon evening missed, Wed desk-a missed.
        assertThat(smallDiary(WEDNESDAY_NOON).weekOf(MARCH_16).orElseThrow().counts())
                .isEqualTo(new StateCounts(3, 0, 1, 4, 0, 0));
    }

    @Test
    void countsNaturalBreaksAndSkippedBusyAsPlannedButNotDue() {
        // Monday 2 to Sunday 8 March, each day morning, desk-a and evening, now Monday 9 March 12:00.
        // Mon: all done. Tue: morning done, desk-a a natural break, evening skipped. Wed: morning
        // stopped for pain, desk-a skipped: busy, evening missed. Thu and Sun: desk-a a natural break,
        // the rest missed. Fri, Sat: all missed. 21 planned; not due: 3 natural breaks + 1 skipped:
        // busy = 4; due 17: done 4, stopped 1, skipped 1, missed 11.
        List<PlanEvent> events = new ArrayList<>();
        for (LocalDate day = MARCH_2; day.isBefore(MARCH_9); day = day.plusDays(1)) {
            events.addAll(day(day));
        }
        LocalDate tuesday = MARCH_2.plusDays(1);
        LocalDate wednesday = MARCH_2.plusDays(2);
        LocalDate thursday = MARCH_2.plusDays(3);
        LocalDate sunday = MARCH_2.plusDays(6);
        List<SessionLog> sessions = List.of(
                session(COMPLEX, at(MARCH_2, 7, 35)),
                session(DESK_A, at(MARCH_2, 10, 5)),
                session(COMPLEX, at(MARCH_2, 21, 5)),
                session(COMPLEX, at(tuesday, 7, 35)),
                new SessionLog(
                        null,
                        COMPLEX,
                        DosageLevel.STANDARD,
                        at(wednesday, 7, 35),
                        at(wednesday, 7, 40),
                        SessionOutcome.STOPPED_FOR_PAIN,
                        List.of(new ExerciseResult(0, new ExerciseId("chin-press"), ExerciseStatus.COMPLETED))));
        List<ReminderRecord> reminders = List.of(
                reminder(tuesday, 10, 0, EventKind.MICRO_BREAK, DESK_A, ReminderOutcome.NATURAL_BREAK),
                reminder(tuesday, 21, 0, EventKind.EVENING, COMPLEX, ReminderOutcome.SKIPPED),
                reminder(wednesday, 10, 0, EventKind.MICRO_BREAK, DESK_A, ReminderOutcome.SKIPPED_BUSY),
                reminder(thursday, 10, 0, EventKind.MICRO_BREAK, DESK_A, ReminderOutcome.NATURAL_BREAK),
                reminder(sunday, 10, 0, EventKind.MICRO_BREAK, DESK_A, ReminderOutcome.NATURAL_BREAK));

        ProgressReport report = Progress.of(BERLIN, events, sessions, reminders, List.of(), at(MARCH_9, 12, 0));

        WeekAdherence week = report.weekOf(MARCH_2).orElseThrow();
        assertThat(week.counts()).isEqualTo(new StateCounts(4, 1, 1, 11, 3, 1));
        assertThat(week.counts().excused()).isEqualTo(4);
        assertThat(week.adherence()).isEqualTo(new Adherence(21, 17, 4));
        assertThat(report.day(tuesday).orElseThrow().adherence()).isEqualTo(new Adherence(3, 2, 1));
        assertThat(report.day(wednesday).orElseThrow().adherence()).isEqualTo(new Adherence(3, 2, 0));
    }

    @Test
    void rejectsCountsThatDisagreeWithTheAdherence() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeekAdherence(MARCH_2, new Adherence(3, 2, 1), new StateCounts(1, 0, 0, 0, 1, 0)))
                .withMessageContaining("counts must agree with adherence");
    }

    private static ReminderRecord reminder(
            LocalDate day, int hour, int minute, EventKind kind, RoutineId routine, ReminderOutcome outcome) {
        return new ReminderRecord(event(day, hour, minute, kind, routine), outcome, at(day, hour, minute + 1), "");
    }

    private static ProgressReport smallDiary(Instant now) {
        Diary diary = smallDiaryInput();
        return Progress.of(BERLIN, diary.events, diary.sessions, diary.reminders, List.of(), now);
    }

    private record Diary(List<PlanEvent> events, List<SessionLog> sessions, List<ReminderRecord> reminders) {}

    private static Diary smallDiaryInput() {
        List<PlanEvent> events = new ArrayList<>();
        for (LocalDate day = MARCH_2; day.isBefore(MARCH_2.plusWeeks(3)); day = day.plusDays(1)) {
            events.addAll(day(day));
        }
        List<SessionLog> sessions = new ArrayList<>();
        for (LocalDate day = MARCH_2; day.isBefore(MARCH_9); day = day.plusDays(1)) {
            sessions.add(session(COMPLEX, at(day, 7, 35)));
        }
        for (LocalDate day = MARCH_2; day.isBefore(MARCH_2.plusDays(3)); day = day.plusDays(1)) {
            sessions.add(session(COMPLEX, at(day, 21, 5)));
        }
        sessions.add(session(DESK_A, at(MARCH_2, 10, 10)));
        sessions.add(session(COMPLEX, at(MARCH_16, 7, 35)));
        sessions.add(session(COMPLEX, at(MARCH_17, 21, 21)));
        sessions.add(session(COMPLEX, at(MARCH_18, 7, 40)));
        List<ReminderRecord> reminders = List.of(
                new ReminderRecord(
                        event(MARCH_17, 7, 30, EventKind.MORNING, COMPLEX),
                        ReminderOutcome.FIRED,
                        at(MARCH_17, 7, 30),
                        ""),
                new ReminderRecord(
                        event(MARCH_17, 7, 30, EventKind.MORNING, COMPLEX),
                        ReminderOutcome.SKIPPED,
                        at(MARCH_17, 7, 31),
                        ""),
                new ReminderRecord(
                        event(MARCH_17, 21, 0, EventKind.EVENING, COMPLEX),
                        ReminderOutcome.DONE,
                        at(MARCH_17, 21, 20),
                        ""));
        return new Diary(events, sessions, reminders);
    }

    private static PainTrend trend(List<Integer> fourWeeksEarlier, List<Integer> lastSevenDays) {
        List<PainEntry> pains = new ArrayList<>();
        fourWeeksEarlier.forEach(level -> pains.add(pain(MARCH_18.minusWeeks(4), 9, level)));
        lastSevenDays.forEach(level -> pains.add(pain(MARCH_18, 9, level)));
        return Progress.of(BERLIN, List.of(), List.of(), List.of(), pains, WEDNESDAY_NOON)
                .pain();
    }

    private static List<PlanEvent> day(LocalDate day) {
        return List.of(
                event(day, 7, 30, EventKind.MORNING, COMPLEX),
                event(day, 10, 0, EventKind.MICRO_BREAK, DESK_A),
                event(day, 21, 0, EventKind.EVENING, COMPLEX));
    }

    private static PlanEvent event(LocalDate day, int hour, int minute, EventKind kind, RoutineId routine) {
        return new PlanEvent(
                day,
                ZonedDateTime.of(day, LocalTime.of(hour, minute), BERLIN).toOffsetDateTime(),
                kind,
                routine,
                DosageLevel.STANDARD,
                10);
    }

    private static SessionLog session(RoutineId routine, Instant startedAt) {
        return new SessionLog(
                null,
                routine,
                DosageLevel.STANDARD,
                startedAt,
                startedAt.plusSeconds(600),
                SessionOutcome.COMPLETED,
                List.of(new ExerciseResult(0, new ExerciseId("chin-press"), ExerciseStatus.COMPLETED)));
    }

    private static PainEntry pain(LocalDate day, int hour, int level) {
        return pain(day, hour, 0, level);
    }

    private static PainEntry pain(LocalDate day, int hour, int minute, int level) {
        return new PainEntry(null, at(day, hour, minute), level, Set.of(), Set.of(), null, "");
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), BERLIN).toInstant();
    }

    private static <T> List<T> shuffled(List<T> values, Random random) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }
}
