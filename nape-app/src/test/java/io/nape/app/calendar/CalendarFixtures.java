package io.nape.app.calendar;

import io.nape.core.plan.RoutineLengths;
import io.nape.store.catalogue.CatalogueLoader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

/** The built-in catalogue's lengths, and an iCalendar parser, shared by the calendar tests. */
final class CalendarFixtures {
    static final RoutineLengths LENGTHS =
            RoutineLengths.of(new CatalogueLoader().load((Path) null).catalogue());

    private CalendarFixtures() {}

    /** Read a file as any calendar program would: with ical4j's own parser. */
    static Calendar parse(byte[] ics) {
        try {
            return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (ParserException failure) {
            throw new AssertionError("the calendar does not parse: " + failure.getMessage(), failure);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }
}
