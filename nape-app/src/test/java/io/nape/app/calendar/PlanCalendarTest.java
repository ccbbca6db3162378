package io.nape.app.calendar;

import static io.nape.app.calendar.CalendarFixtures.LENGTHS;
import static io.nape.app.calendar.CalendarFixtures.events;
import static io.nape.app.calendar.CalendarFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.nape.core.NapeException;
import io.nape.core.plan.Settings;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    private final PlanCalendar planCalendar = new PlanCalendar(LENGTHS);

    private static Settings berlin() {
        return Settings.defaults(BERLIN)
                .withRelaxationStart(LocalDate.of(2026, 3, 20))
                .withQuietDays(List.of(LocalDate.of(2026, 4, 3)));
    }

    private static List<EventFacts> facts(Calendar calendar) {
        return events(calendar).stream().map(EventFacts::of).toList();
    }

    private static List<String> uids(Calendar calendar) {
        return facts(calendar).stream().map(EventFacts::uid).toList();
    }

    @Test
    void roundTripsThroughTheParserWithTheSameEvents() {
        CalendarExport export = planCalendar.build(berlin(), MONDAY);

        Calendar parsed = parse(export.bytes());

        assertThat(facts(parsed)).isNotEmpty().containsExactlyElementsOf(facts(export.calendar()));
        assertThat(events(parsed)).hasSize(export.eventCount());
    }

    @Test
    void reExportGivesTheSameUidsAndTheSameBytes() {
        CalendarExport first = planCalendar.build(berlin(), MONDAY);
        CalendarExport second = new PlanCalendar(LENGTHS).build(berlin(), MONDAY);

        assertThat(uids(parse(second.bytes()))).isEqualTo(uids(parse(first.bytes())));
        assertThat(second.bytes()).isEqualTo(first.bytes());
    }

    @Test
    void keepsTheUidsWhenTheTimesChangeSoAReImportUpdatesTheEvents() {
        Settings later = berlin().withSessions(LocalTime.of(6, 45), LocalTime.of(22, 0))
                .withWork(LocalTime.of(8, 0), LocalTime.of(17, 0), null);

        List<String> before = uids(planCalendar.build(berlin(), MONDAY).calendar());
        List<String> after = uids(planCalendar.build(later, MONDAY).calendar());

        assertThat(after).containsAll(before);
    }

    @Test
    void namesEachSlotWithAStableReadableUid() {
        List<String> uids = uids(planCalendar.build(berlin(), MONDAY).calendar());

        assertThat(uids)
                .doesNotHaveDuplicates()
                .allMatch(uid -> uid.endsWith("@nape.local"))
                .contains(
                        "morning@nape.local",
                        "chair-stretch@nape.local",
                        "micro-break-1@nape.local",
                        "micro-break-6@nape.local",
                        "evening@nape.local",
                        "relaxation-pmr-3@nape.local",
                        "relaxation-pmr-6@nape.local");
    }

    @Test
    void hasOneEventPerSlotWithItsRecurrenceDurationAndDisplayAlarm() {
        Calendar calendar =
                planCalendar.build(Settings.defaults(BERLIN), MONDAY).calendar();

        List<EventFacts> facts = facts(calendar);
        EventFacts morning = facts.get(0);
        assertThat(morning.uid()).isEqualTo("morning@nape.local");
        assertThat(morning.start()).isEqualTo(LocalDateTime.of(MONDAY, LocalTime.of(7, 30)));
        assertThat(morning.startZone()).isEqualTo("Europe/Berlin");
        assertThat(morning.rrule()).isEqualTo("FREQ=DAILY");
        assertThat(morning.summary()).isEqualTo("Morning session");
        assertThat(facts)
                .filteredOn(fact -> fact.summary().equals("Micro-break"))
                .hasSize(6)
                .allSatisfy(fact -> assertThat(fact.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"))
                .extracting(fact -> fact.start().toLocalTime())
                .containsExactly(
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        LocalTime.of(12, 0),
                        LocalTime.of(15, 0),
                        LocalTime.of(16, 0),
                        LocalTime.of(17, 0));
        assertThat(facts).allSatisfy(fact -> {
            assertThat(fact.duration()).isInstanceOf(Duration.class);
            assertThat((Duration) fact.duration()).isPositive();
            assertThat(fact.description()).isNotBlank();
            assertThat(fact.alarms()).singleElement().asString().startsWith("DISPLAY PT0S Nape: ");
        });
    }

    @Test
    void excludesQuietDaysAndTeachesEachRelaxationLessonForItsDays() {
        List<EventFacts> facts = facts(planCalendar.build(berlin(), MONDAY).calendar());

        EventFacts evening = facts.stream()
                .filter(fact -> fact.uid().equals("evening@nape.local"))
                .findFirst()
                .orElseThrow();
        assertThat(evening.excluded()).containsExactly(LocalDateTime.of(2026, 4, 3, 21, 0));
        assertThat(facts)
                .filteredOn(fact -> fact.uid().startsWith("relaxation-"))
                .extracting(EventFacts::summary, fact -> fact.start().toLocalDate(), EventFacts::rrule)
                .containsExactly(
                        tuple("Relaxation lesson 3", MONDAY, "FREQ=DAILY;COUNT=2"),
                        tuple("Relaxation lesson 4", LocalDate.of(2026, 4, 1), "FREQ=DAILY;COUNT=4"),
                        tuple("Relaxation lesson 5", LocalDate.of(2026, 4, 5), "FREQ=DAILY;COUNT=4"),
                        tuple("Relaxation lesson 6", LocalDate.of(2026, 4, 9), "FREQ=DAILY"));
    }

    @Test
    void endsEverySlotOnTheLastDayAndLeavesOutThoseThatEndBefore() {
        LocalDate friday = LocalDate.of(2026, 4, 3);
        List<EventFacts> facts =
                facts(planCalendar.build(berlin(), MONDAY, friday).calendar());

        assertThat(facts)
                .filteredOn(fact -> fact.uid().equals("morning@nape.local"))
                .extracting(EventFacts::rrule)
                .containsExactly("FREQ=DAILY;COUNT=5");
        assertThat(facts)
                .filteredOn(fact -> fact.uid().startsWith("relaxation-"))
                .extracting(EventFacts::summary, EventFacts::rrule)
                .containsExactly(
                        tuple("Relaxation lesson 3", "FREQ=DAILY;COUNT=2"),
                        tuple("Relaxation lesson 4", "FREQ=DAILY;COUNT=3"));
        assertThat(facts).allSatisfy(fact -> assertThat(fact.rrule()).contains("COUNT="));
    }

    @Test
    void endsAWeeklySlotAfterItsLastOccurrenceInTheRange() {
        Settings weekdays = Settings.defaults(BERLIN);
        LocalDate sunday = LocalDate.of(2026, 4, 5);
        List<EventFacts> facts =
                facts(planCalendar.build(weekdays, MONDAY, sunday).calendar());

        assertThat(facts)
                .filteredOn(fact -> fact.uid().equals("micro-break-1@nape.local"))
                .extracting(EventFacts::rrule)
                .containsExactly("FREQ=WEEKLY;COUNT=5;BYDAY=MO,TU,WE,TH,FR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Asia/Kolkata"})
    void carriesVersionProductAndTheTimeZoneOfTheSettings(String zoneName) {
        Calendar parsed = parse(planCalendar
                .build(Settings.defaults(ZoneId.of(zoneName)), MONDAY)
                .bytes());

        assertThat(parsed.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(parsed.getProperty(Property.PRODID).map(Property::getValue)).contains(PlanCalendar.PRODUCT_ID);
        List<VTimeZone> zones = parsed.getComponents(Component.VTIMEZONE);
        assertThat(zones).singleElement().satisfies(zone -> assertThat(
                        zone.getProperty(Property.TZID).map(Property::getValue))
                .contains(zoneName));
        assertThat(zones.get(0).getObservances()).isNotEmpty();
        assertThat(events(parsed)).extracting(VEvent.class::cast).allSatisfy(event -> assertThat(
                        EventFacts.of(event).startZone())
                .isEqualTo(zoneName));
    }

    @Test
    void writesAFixedOffsetAsItsEtcZoneAndUtcAsEtcUtc() {
        Calendar plusTwo = planCalendar
                .build(Settings.defaults(ZoneOffset.ofHours(2)), MONDAY)
                .calendar();
        Calendar utc =
                planCalendar.build(Settings.defaults(ZoneId.of("UTC")), MONDAY).calendar();

        assertThat(facts(plusTwo))
                .allSatisfy(fact -> assertThat(fact.startZone()).isEqualTo("Etc/GMT-2"));
        assertThat(facts(utc)).allSatisfy(fact -> assertThat(fact.startZone()).isEqualTo("Etc/UTC"));
    }

    @Test
    void refusesAnOffsetThatNoCalendarZoneHas() {
        Settings india = Settings.defaults(ZoneOffset.ofHoursMinutes(5, 30));

        assertThatThrownBy(() -> planCalendar.build(india, MONDAY))
                .isInstanceOf(NapeException.class)
                .hasMessage("Calendars have no definition of the time zone +05:30; set \"timeZone\" to a region such"
                        + " as \"Europe/Berlin\" or \"America/New_York\".");
    }

    @Test
    void neverLooksTimeZonesUpOnTheNetwork() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"))
                .contains("false");
    }
}
