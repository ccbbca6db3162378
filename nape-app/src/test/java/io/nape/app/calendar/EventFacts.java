package io.nape.app.calendar;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * What a calendar program takes from one event, alike for the built model and for the parsed file,
 * so the two can be compared as values.
 */
record EventFacts(
        String uid,
        LocalDateTime start,
        String startZone,
        String rrule,
        TemporalAmount duration,
        String summary,
        String description,
        List<LocalDateTime> excluded,
        List<String> alarms) {

    static EventFacts of(VEvent event) {
        DtStart<?> start = event.getDateTimeStart();
        List<DateListProperty<?>> exdates = event.getProperties(Property.EXDATE);
        return new EventFacts(
                event.getUid().orElseThrow().getValue(),
                local(start.getDate()),
                start.getParameter(Parameter.TZID).map(Parameter::getValue).orElse("(none)"),
                value(event.getProperty(Property.RRULE)),
                event.getDuration().getDuration(),
                event.getSummary().getValue(),
                event.getDescription().getValue(),
                exdates.stream()
                        .flatMap(exdate -> exdate.getDates().stream())
                        .map(EventFacts::local)
                        .toList(),
                event.getAlarms().stream().map(EventFacts::alarm).toList());
    }

    private static String alarm(VAlarm alarm) {
        return value(alarm.getProperty(Property.ACTION)) + " " + value(alarm.getProperty(Property.TRIGGER)) + " "
                + value(alarm.getProperty(Property.DESCRIPTION));
    }

    private static String value(Optional<Property> property) {
        return property.map(Property::getValue).orElse("(none)");
    }

    /** A model holds local date-times with a TZID; a parsed file holds zoned ones. */
    static LocalDateTime local(Temporal temporal) {
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.toLocalDateTime();
        }
        if (temporal instanceof LocalDateTime local) {
            return local;
        }
        throw new AssertionError("not a local or zoned date-time: " + temporal);
    }
}
