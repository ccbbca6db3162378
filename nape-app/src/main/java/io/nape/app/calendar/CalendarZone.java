package io.nape.app.calendar;

import io.nape.core.NapeException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * Give a time zone as a calendar names it: the {@code VTIMEZONE} definition that ical4j ships (never
 * fetched from the network, see {@code ical4j.properties}) and the zone whose id is its {@code TZID},
 * so every {@code DTSTART;TZID=…} of the file points at the definition in it.
 *
 * @param id the zone to write local times in; it has the same rules as the settings' zone, and its id
 *     is the definition's TZID (such as {@code Etc/UTC} for {@code UTC})
 */
record CalendarZone(ZoneId id, VTimeZone definition) {
    private static final int SECONDS_PER_HOUR = 3600;

    static CalendarZone of(ZoneId zone) {
        String name = nameOf(zone);
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone known = registry.getTimeZone(name);
        if (known == null) {
            throw unknown(zone);
        }
        VTimeZone definition = known.getVTimeZone().copy();
        String tzid =
                definition.getProperty(Property.TZID).map(Property::getValue).orElseThrow(() -> unknown(zone));
        try {
            return new CalendarZone(ZoneId.of(tzid), definition);
        } catch (DateTimeException notInThisJava) {
            throw unknown(zone);
        }
    }

    /** The name of a region zone; a fixed offset of whole hours becomes its {@code Etc/GMT} zone. */
    private static String nameOf(ZoneId zone) {
        if (!(zone.normalized() instanceof ZoneOffset offset)) {
            return zone.getId();
        }
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "Etc/UTC";
        }
        if (seconds % SECONDS_PER_HOUR != 0) {
            throw unknown(zone);
        }
        int hours = seconds / SECONDS_PER_HOUR;
        // The Etc zones count the other way: Etc/GMT-2 is two hours ahead of UTC.
        return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
    }

    private static NapeException unknown(ZoneId zone) {
        return new NapeException("Calendars have no definition of the time zone " + zone.getId()
                + "; set \"timeZone\" to a region such as \"Europe/Berlin\" or \"America/New_York\".");
    }
}
