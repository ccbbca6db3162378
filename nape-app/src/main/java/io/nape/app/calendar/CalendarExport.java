package io.nape.app.calendar;

import io.nape.core.plan.PlanNote;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Hold a plan's calendar and what the plan had to leave out of it.
 *
 * @param calendar the ical4j model; it is not copied, so treat it as read-only
 * @param notes what the plan left out and why, such as a routine missing from the catalogue
 */
public record CalendarExport(Calendar calendar, List<PlanNote> notes) {
    public CalendarExport {
        notes = List.copyOf(notes);
    }

    public int eventCount() {
        return calendar.getComponents(Component.VEVENT).size();
    }

    /**
     * The calendar as an iCalendar file: validated, CRLF line ends, UTF-8, folded so that no line
     * exceeds 75 octets ({@link OctetFolding}).
     */
    public byte[] bytes() {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } catch (ValidationException invalid) {
            throw new IllegalStateException(
                    "the plan's calendar is not valid iCalendar: " + invalid.getMessage(), invalid);
        }
        return OctetFolding.fold(text.toString()).getBytes(StandardCharsets.UTF_8);
    }
}
