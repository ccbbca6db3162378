package io.nape.core.plan;

import io.nape.core.catalogue.RoutineId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Say which progressive-relaxation lesson a day has, as the source teaches it: learn one new exercise
 * every 4 days, a lesson lasting at most 15 minutes.
 *
 * <p>Lesson k is practised on days {@code 4(k-1)} to {@code 4k-1} counted from the start, every
 * calendar day, quiet days included in the count (a quiet day has no lesson, but the course does not
 * wait). After the last lesson, {@code pmr-6}, it is kept as the daily practice, since each lesson
 * builds on the ones before.
 */
public final class RelaxationCourse {
    public static final int LESSONS = 6;
    public static final int DAYS_PER_LESSON = 4;
    public static final Duration LONGEST_LESSON = Duration.ofMinutes(15);

    private RelaxationCourse() {}

    /** The lesson number, 1 to 6, for a day; empty before the start or without one. */
    public static OptionalInt lessonOn(@Nullable LocalDate start, LocalDate day) {
        if (start == null || day.isBefore(start)) {
            return OptionalInt.empty();
        }
        long days = ChronoUnit.DAYS.between(start, day);
        return OptionalInt.of((int) Math.min(LESSONS, days / DAYS_PER_LESSON + 1));
    }

    /** The routine of a lesson, such as {@code pmr-3}. */
    public static RoutineId routine(int lesson) {
        if (lesson < 1 || lesson > LESSONS) {
            throw new IllegalArgumentException("lesson must be 1-" + LESSONS + ", was " + lesson);
        }
        return new RoutineId("pmr-" + lesson);
    }
}
