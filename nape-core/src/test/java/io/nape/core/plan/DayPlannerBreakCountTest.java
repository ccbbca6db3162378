package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The count of a day's micro-breaks, kept per shape of day, is the number of its break slots on
 * every day: over seeded random settings (the zones of {@link PlanPropertiesTest} with their clock
 * changes, night shifts, lunches, quiet days, relaxation lessons, yoga days and the lunch routine)
 * and three years of days around each case.
 */
class DayPlannerBreakCountTest {
    static LongStream seeds() {
        return LongStream.range(0, 120);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void countsEveryDayAsManyBreaksAsItsSlots(long seed) {
        PlanPropertiesTest.Case random = PlanPropertiesTest.Case.of(seed);
        Random more = new Random(seed * 31 + 7);
        Settings settings = random.settings();
        Set<LocalDate> quietDays = new HashSet<>(settings.quietDays());
        for (int count = more.nextInt(30); count > 0; count--) {
            quietDays.add(LocalDate.of(2025, 1, 1).plusDays(more.nextInt(3 * 365)));
        }
        Set<DayOfWeek> yogaDays = EnumSet.noneOf(DayOfWeek.class);
        while (yogaDays.size() < WeekSessions.MIN_YOGA_DAYS + more.nextInt(3)) {
            yogaDays.add(DayOfWeek.of(1 + more.nextInt(7)));
        }
        LocalTime yogaTime = more.nextBoolean() ? null : LocalTime.MIN.plusMinutes(more.nextInt(24 * 60));
        settings = settings.withQuietDays(quietDays).withWeek(new WeekSessions(yogaDays, yogaTime, more.nextBoolean()));
        PlannedLengths lengths = new PlannedLengths(FixedRoutineLengths.everyRoutineOfTheWeek());
        DayPlanner counting = new DayPlanner(settings, lengths);
        DayPlanner planning = new DayPlanner(settings, lengths);

        for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
            assertThat(counting.breakCount(day))
                    .as("seed %d, %s", seed, day)
                    .isEqualTo(planning.breakSlots(day).size());
        }
    }
}
