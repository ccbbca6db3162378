package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Yoga for the neck at least three times a week, and the light lunch routine, in the plan. */
class WeekSessionsPlanTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    private final PlanEngine engine = new PlanEngine(FixedRoutineLengths.everyRoutineOfTheWeek());
    private final Settings defaults = Settings.defaults(BERLIN);

    private static List<PlanEvent> of(Plan plan, EventKind kind) {
        return plan.events().stream().filter(event -> event.kind() == kind).toList();
    }

    @Test
    void byDefaultYogaComesRightAfterWorkOnMondayWednesdayAndFriday() {
        Plan week = engine.plan(defaults, MONDAY, MONDAY.plusDays(6));

        assertThat(of(week, EventKind.YOGA))
                .extracting(
                        event -> event.day().getDayOfWeek() + " " + event.at().toLocalTime())
                .containsExactly("MONDAY 18:00", "WEDNESDAY 18:00", "FRIDAY 18:00");
        assertThat(of(week, EventKind.YOGA))
                .allSatisfy(event -> assertThat(event.routine()).isEqualTo(new RoutineId("yoga-neck")));
        assertThat(of(week, EventKind.LUNCH))
                .as("the lunch routine is off by default")
                .isEmpty();
    }

    @Test
    void yogaTakesTheChosenDaysAndTimeEvenWithoutWork() {
        Settings chosen = defaults.withWeek(new WeekSessions(
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(19, 30), false));

        Plan week = engine.plan(chosen, MONDAY, MONDAY.plusDays(6));

        assertThat(of(week, EventKind.YOGA))
                .extracting(
                        event -> event.day().getDayOfWeek() + " " + event.at().toLocalTime())
                .containsExactly("TUESDAY 19:30", "SATURDAY 19:30", "SUNDAY 19:30");
    }

    @Test
    void yogaThatWouldMeetTheEveningSessionComesAfterIt() {
        Settings late = defaults.withWeek(new WeekSessions(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(21, 5), false));

        PlanEvent yoga = of(engine.plan(late, MONDAY, MONDAY), EventKind.YOGA).get(0);
        PlanEvent evening =
                of(engine.plan(late, MONDAY, MONDAY), EventKind.EVENING).get(0);

        assertThat(yoga.instant()).isEqualTo(evening.instant().plus(Duration.ofMinutes(evening.minutes())));
    }

    @Test
    void aQuietDayHasNoYoga() {
        Plan week = engine.plan(defaults.withQuietDays(List.of(MONDAY.plusDays(2))), MONDAY, MONDAY.plusDays(6));

        assertThat(of(week, EventKind.YOGA))
                .extracting(event -> event.day().getDayOfWeek())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void theLunchRoutineIsTheGentlestAtTheStartOfLunchOnWorkingDaysOnly() {
        Settings withLunch = defaults.withWeek(defaults.week().withLunchSession(true));

        Plan week = engine.plan(withLunch, MONDAY, MONDAY.plusDays(6));

        assertThat(of(week, EventKind.LUNCH)).hasSize(5).allSatisfy(event -> {
            assertThat(event.at().toLocalTime()).isEqualTo(LocalTime.of(13, 0));
            assertThat(event.routine()).isEqualTo(new RoutineId("neck-pain-simple"));
            assertThat(event.level()).isEqualTo(DosageLevel.GENTLE);
            assertThat(withLunch.isWorkDay(event.day())).isTrue();
        });
        Settings noLunchBreak = withLunch.withWork(LocalTime.of(9, 0), LocalTime.of(17, 0), null);
        assertThat(of(engine.plan(noLunchBreak, MONDAY, MONDAY.plusDays(6)), EventKind.LUNCH))
                .as("no lunch break, no lunch routine")
                .isEmpty();
    }

    /** Property: over many seeded settings, every whole week holds yoga at least three times, on its days. */
    @Test
    void everyWeekHoldsYogaAtLeastThreeTimesOverManySettings() {
        Random random = new Random(20261203L);
        DayOfWeek[] days = DayOfWeek.values();
        for (int run = 0; run < 200; run++) {
            Set<DayOfWeek> yogaDays = EnumSet.noneOf(DayOfWeek.class);
            int count = 3 + random.nextInt(5);
            while (yogaDays.size() < count) {
                yogaDays.add(days[random.nextInt(7)]);
            }
            LocalTime time = random.nextBoolean() ? null : LocalTime.of(5 + random.nextInt(18), random.nextInt(60));
            Set<DayOfWeek> workDays = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : days) {
                if (random.nextInt(3) > 0) {
                    workDays.add(day);
                }
            }
            Settings settings = defaults.withWorkDays(workDays)
                    .withBreakEveryMinutes(15 + random.nextInt(100))
                    .withWeek(new WeekSessions(yogaDays, time, random.nextBoolean()));
            LocalDate from = MONDAY.plusWeeks(random.nextInt(60));
            Plan plan = engine.plan(settings, from, from.plusWeeks(2).minusDays(1));

            List<PlanEvent> yoga = of(plan, EventKind.YOGA);
            Map<Long, Long> perWeek = yoga.stream()
                    .collect(Collectors.groupingBy(
                            event -> ChronoUnit.WEEKS.between(from, event.day()), Collectors.counting()));
            assertThat(perWeek).as("run %d: %s", run, settings).containsOnlyKeys(0L, 1L);
            assertThat(perWeek.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3L));
            assertThat(yoga).allSatisfy(event -> assertThat(yogaDays)
                    .contains(event.day().getDayOfWeek()));
            List<PlanEvent> sorted = new ArrayList<>(plan.events());
            sorted.sort(DayPlanner.TIME_ORDER);
            assertThat(plan.events()).as("in time order").isEqualTo(sorted);
        }
    }
}
