package io.nape.app.calendar;

import static io.nape.app.calendar.CalendarFixtures.LENGTHS;
import static io.nape.app.calendar.CalendarFixtures.events;
import static io.nape.app.calendar.CalendarFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Settings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expand the exported events over one week, as a calendar program does, and compare every start with
 * the plan the engine makes for the same settings and week.
 */
class PlanCalendarWeekTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Stream<Arguments> weeks() {
        Settings berlin = Settings.defaults(BERLIN)
                .withRelaxationStart(LocalDate.of(2026, 3, 20))
                .withQuietDays(List.of(LocalDate.of(2026, 4, 15)));
        Settings newYork = Settings.defaults(NEW_YORK).withRelaxationStart(LocalDate.of(2026, 3, 1));
        Settings nightShift = Settings.defaults(BERLIN).withWork(LocalTime.of(22, 0), LocalTime.of(6, 0), null);
        return Stream.of(
                Arguments.of("a normal week in Berlin with a quiet day", berlin, LocalDate.of(2026, 4, 13)),
                Arguments.of("the spring-forward week in Berlin", berlin, LocalDate.of(2026, 3, 23)),
                Arguments.of("the fall-back week in Berlin", berlin, LocalDate.of(2026, 10, 19)),
                Arguments.of("the spring-forward week in New York", newYork, LocalDate.of(2026, 3, 2)),
                Arguments.of("the fall-back week in New York", newYork, LocalDate.of(2026, 10, 26)),
                Arguments.of(
                        "a morning inside the missing hour in Berlin",
                        berlin.withSessions(LocalTime.of(2, 30), LocalTime.of(21, 0)),
                        LocalDate.of(2026, 3, 25)),
                Arguments.of("a night shift in Berlin", nightShift, LocalDate.of(2026, 4, 13)),
                Arguments.of(
                        "a Saturday start with weekend work",
                        newYork.withWorkDays(Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY)),
                        LocalDate.of(2026, 5, 9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weeks")
    void expandsToTheTimesOfThePlan(String week, Settings settings, LocalDate from) {
        LocalDate to = from.plusDays(6);
        List<String> planned = new PlanEngine(LENGTHS)
                .plan(settings, from, to).events().stream()
                        .map(PlanCalendarWeekTest::label)
                        .sorted()
                        .toList();

        byte[] ics = new PlanCalendar(LENGTHS).build(settings, from).bytes();
        Period<ZonedDateTime> period = new Period<>(
                from.atStartOfDay(settings.timeZone()), to.plusDays(1).atStartOfDay(settings.timeZone()));
        List<String> calendar = events(parse(ics)).stream()
                .flatMap(event -> starts(event, period))
                .sorted()
                .toList();

        assertThat(planned).isNotEmpty();
        assertThat(calendar).containsExactlyElementsOf(planned);
    }

    private static Stream<String> starts(VEvent event, Period<ZonedDateTime> period) {
        String summary = event.getSummary().getValue();
        return event.<Temporal>calculateRecurrenceSet(period).stream()
                .map(occurrence -> Instant.from(occurrence.getStart()) + " " + summary);
    }

    private static String label(PlanEvent event) {
        String summary = event.kind() == EventKind.RELAXATION
                ? "Relaxation lesson " + event.routine().value().replace("pmr-", "")
                : event.kind().label();
        return event.instant() + " " + summary;
    }
}
