package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.DosageLevel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Check the plan's invariants over seeded random settings and ranges (a failing seed reproduces):
 * zones with odd offsets and half-hour or Ramadan clock changes, night shifts, quiet days.
 */
class PlanPropertiesTest {
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"),
            ZoneId.of("UTC"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("America/St_Johns"),
            ZoneId.of("Pacific/Chatham"),
            ZoneId.of("Africa/Casablanca"));

    private final PlanEngine engine = new PlanEngine(FixedRoutineLengths.everyRoutine());

    static LongStream seeds() {
        return LongStream.range(0, 250);
    }

    /** One random case: settings and a range of 7 to 45 days in 2026. */
    record Case(Settings settings, LocalDate from, LocalDate to) {
        static Case of(long seed) {
            Random random = new Random(seed);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            LocalDate from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            LocalDate to = from.plusDays(6 + random.nextInt(40));
            EnumSet<DayOfWeek> workDays = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(10) < 7) {
                    workDays.add(day);
                }
            }
            LocalTime workStart = LocalTime.MIN.plusMinutes(random.nextInt(24 * 60));
            int span = 30 + random.nextInt(16 * 60 - 30 + 1);
            LunchBreak lunch = null;
            if (span >= 60 && random.nextInt(10) < 7) {
                int lunchStart = random.nextInt(span - 1);
                int lunchEnd = lunchStart + 1 + random.nextInt(span - lunchStart);
                lunch = new LunchBreak(workStart.plusMinutes(lunchStart), workStart.plusMinutes(lunchEnd));
            }
            LocalTime morning = LocalTime.MIN.plusMinutes(random.nextInt(24 * 60));
            LocalTime evening = morning.plusMinutes(1 + random.nextInt(24 * 60 - 1));
            Set<LocalDate> quietDays = new HashSet<>();
            for (int count = random.nextInt(5); count > 0; count--) {
                quietDays.add(from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 5) - 2));
            }
            LocalDate relaxationStart = random.nextInt(10) < 3 ? null : from.plusDays(random.nextInt(61) - 30);
            Settings settings = new Settings(
                    zone,
                    workDays,
                    workStart,
                    workStart.plusMinutes(span),
                    lunch,
                    morning,
                    evening,
                    15 + random.nextInt(240 - 15 + 1),
                    quietDays,
                    DosageLevel.values()[random.nextInt(3)],
                    relaxationStart);
            return new Case(settings, from, to);
        }

        Plan plan(PlanEngine engine) {
            return engine.plan(settings, from, to);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverRepeatsADeskRoutineInTwoConsecutiveMicroBreaks(long seed) {
        Case random = Case.of(seed);

        List<PlanEvent> breaks = random.plan(engine).events().stream()
                .filter(event -> event.kind() == EventKind.MICRO_BREAK)
                .toList();

        for (int index = 1; index < breaks.size(); index++) {
            assertThat(breaks.get(index).routine())
                    .as(
                            "seed %d, %s after %s",
                            seed,
                            breaks.get(index).atText(),
                            breaks.get(index - 1).atText())
                    .isNotEqualTo(breaks.get(index - 1).routine());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void plansTheSameEventsWhetherTheRangeIsAskedWholeOrInTwoParts(long seed) {
        Case random = Case.of(seed);
        LocalDate middle = random.from().plusDays(new Random(seed).nextInt(6));

        List<PlanEvent> parts = new ArrayList<>(
                engine.plan(random.settings(), random.from(), middle).events());
        parts.addAll(
                engine.plan(random.settings(), middle.plusDays(1), random.to()).events());
        parts.sort(DayPlanner.TIME_ORDER);

        assertThat(parts).as("seed %d", seed).isEqualTo(random.plan(engine).events());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stretchesOnAtLeastThreeDaysOfAnySevenThatAreNotQuiet(long seed) {
        Case random = Case.of(seed);
        Plan plan = random.plan(engine);

        for (LocalDate first = random.from(); !first.plusDays(6).isAfter(random.to()); first = first.plusDays(1)) {
            int stretchDays = 0;
            int openDays = 0;
            for (LocalDate day = first; day.isBefore(first.plusDays(7)); day = day.plusDays(1)) {
                openDays += random.settings().isQuiet(day) ? 0 : 1;
                stretchDays += plan.eventsOn(day).stream().anyMatch(event -> event.kind() == EventKind.STRETCH) ? 1 : 0;
            }
            assertThat(stretchDays)
                    .as("seed %d, week from %s", seed, first)
                    .isGreaterThanOrEqualTo(Math.min(3, openDays));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keepsMicroBreaksInsideWorkOutsideLunchAndAtLeastTheIntervalApart(long seed) {
        Case random = Case.of(seed);
        Settings settings = random.settings();
        Duration every = Duration.ofMinutes(settings.breakEveryMinutes());
        Instant previous = Instant.MIN;
        LocalDate previousDay = null;

        for (PlanEvent event : random.plan(engine).events()) {
            if (event.kind() != EventKind.MICRO_BREAK) {
                continue;
            }
            LocalDate day = event.day();
            Instant at = event.instant();
            assertThat(settings.isWorkDay(day))
                    .as("seed %d, %s", seed, event.atText())
                    .isTrue();
            assertThat(at).as("seed %d, after work starts", seed).isAfter(resolve(settings, day, settings.workStart()));
            assertThat(at).as("seed %d, before work ends", seed).isBefore(resolve(settings, day, settings.workEnd()));
            LunchBreak lunch = settings.lunch();
            if (lunch != null) {
                boolean inLunch = !at.isBefore(resolve(settings, day, lunch.start()))
                        && at.isBefore(resolve(settings, day, lunch.end()));
                assertThat(inLunch)
                        .as("seed %d, %s in lunch %s", seed, event.atText(), lunch)
                        .isFalse();
            }
            if (day.equals(previousDay)) {
                assertThat(Duration.between(previous, at)).as("seed %d", seed).isGreaterThanOrEqualTo(every);
            }
            previous = at;
            previousDay = day;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keepsQuietDaysEmptyAndTheOtherDaysWhole(long seed) {
        Case random = Case.of(seed);
        Plan plan = random.plan(engine);

        for (LocalDate day = random.from(); !day.isAfter(random.to()); day = day.plusDays(1)) {
            List<EventKind> kinds =
                    plan.eventsOn(day).stream().map(PlanEvent::kind).toList();
            if (random.settings().isQuiet(day)) {
                assertThat(kinds).as("seed %d, quiet %s", seed, day).isEmpty();
            } else {
                assertThat(kinds)
                        .as("seed %d, %s", seed, day)
                        .containsOnlyOnce(EventKind.MORNING, EventKind.STRETCH, EventKind.EVENING);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ordersEventsInTimeWithTheOffsetOfTheirZoneAtThatInstant(long seed) {
        Case random = Case.of(seed);
        ZoneId zone = random.settings().timeZone();
        List<PlanEvent> events = random.plan(engine).events();

        for (int index = 0; index < events.size(); index++) {
            PlanEvent event = events.get(index);
            assertThat(event.at().getOffset())
                    .as("seed %d, %s", seed, event.atText())
                    .isEqualTo(zone.getRules().getOffset(event.instant()));
            if (index > 0) {
                assertThat(event.instant())
                        .isAfterOrEqualTo(events.get(index - 1).instant());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void teachesTheLessonOfTheDayWithinFifteenMinutes(long seed) {
        Case random = Case.of(seed);

        for (PlanEvent event : random.plan(engine).events()) {
            if (event.kind() == EventKind.RELAXATION) {
                int lesson = RelaxationCourse.lessonOn(random.settings().relaxationStart(), event.day())
                        .orElseThrow();
                assertThat(event.routine()).isEqualTo(RelaxationCourse.routine(lesson));
                assertThat(event.minutes()).isLessThanOrEqualTo(15);
            }
        }
    }

    /** A local time of the work day starting on {@code day}: times before the start fall on the next day. */
    private static Instant resolve(Settings settings, LocalDate day, LocalTime time) {
        LocalDate date = time.isBefore(settings.workStart()) ? day.plusDays(1) : day;
        return ZonedDateTime.of(date, time, settings.timeZone()).toInstant();
    }
}
