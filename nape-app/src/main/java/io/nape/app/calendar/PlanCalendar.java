package io.nape.app.calendar;

import io.nape.app.text.Texts;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.jspecify.annotations.Nullable;

/**
 * Build the plan as an iCalendar: the time zone's {@code VTIMEZONE}, then one {@code VEVENT} per
 * recurring slot ({@link SlotFinder}) with an {@code RRULE}, a {@code DURATION}, a display
 * {@code VALARM} at its start and a {@code UID} that names the slot, so importing the file again
 * updates the events instead of adding them twice.
 *
 * <p>The output is a function of the settings, the routines' lengths and the first day only: the
 * {@code DTSTAMP} is the start of that day, so exporting twice gives the same bytes. Quiet days are
 * {@code EXDATE}s. Local times are written with the zone's {@code TZID} as they read on the clock,
 * so a calendar resolves a time that does not exist on the day the clocks go forward as the plan
 * does: forward by the gap.
 */
public final class PlanCalendar {
    /** Who made the file, as RFC 5545 asks. */
    public static final String PRODUCT_ID = "-//Nape//Nape neck-relief plan//EN";

    static final String CALENDAR_NAME = "Nape";

    private final RoutineLengths lengths;
    private final SlotWording wording;

    /** A calendar worded in English. */
    public PlanCalendar(RoutineLengths lengths) {
        this(lengths, Texts.english());
    }

    /** A calendar whose titles, descriptions and reminders are in the language of {@code texts}. */
    public PlanCalendar(RoutineLengths lengths, Texts texts) {
        this.lengths = Objects.requireNonNull(lengths, "lengths");
        this.wording = new SlotWording(Objects.requireNonNull(texts, "texts"));
    }

    /** The calendar of the plan from {@code from} on; the first occurrence of each slot is on or after it. */
    public CalendarExport build(Settings settings, LocalDate from) {
        return build(settings, from, null);
    }

    /**
     * The calendar of the plan from {@code from} to {@code to}, both included, or for good when
     * {@code to} is null; a slot with no occurrence by {@code to} is left out. The edges check the
     * dates first ({@code DateLimits}).
     */
    public CalendarExport build(Settings settings, LocalDate from, @Nullable LocalDate to) {
        CalendarZone zone = CalendarZone.of(settings.timeZone());
        SlotFinder finder = new SlotFinder(lengths);
        List<RecurringSlot> slots = finder.slots(settings, from);
        if (to != null) {
            slots = slots.stream().flatMap(slot -> slot.endingWith(to).stream()).toList();
        }
        Instant stamp = from.atStartOfDay(zone.id()).toInstant();

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", CALENDAR_NAME));
        calendar.add(zone.definition());
        for (RecurringSlot slot : slots) {
            calendar.add(event(slot, zone, stamp, settings, wording));
        }
        return new CalendarExport(calendar, finder.notes());
    }

    private static VEvent event(
            RecurringSlot slot, CalendarZone zone, Instant stamp, Settings settings, SlotWording wording) {
        ParameterList inZone = new ParameterList(List.of(new TzId(zone.id().getId())));
        VEvent event = new VEvent(false);
        event.add(new Uid(slot.uid()));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(inZone, LocalDateTime.of(slot.firstDate(), slot.time())));
        event.add(new net.fortuna.ical4j.model.property.Duration(Duration.ofMinutes(slot.minutes())));
        event.add(new RRule<>(recurrence(slot)));
        List<LocalDateTime> quiet = slot.datesOn(settings.quietDays()).stream()
                .map(date -> LocalDateTime.of(date, slot.time()))
                .toList();
        if (!quiet.isEmpty()) {
            event.add(new ExDate<>(inZone, new DateList<>(quiet)));
        }
        event.add(new Summary(wording.summary(slot)));
        event.add(new Description(wording.description(slot)));
        event.add(ImmutableTransp.TRANSPARENT);
        VAlarm alarm = new VAlarm(Duration.ZERO);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(wording.alarm(slot)));
        event.add(alarm);
        return event;
    }

    /** Every day, or weekly on the slot's days; a relaxation lesson for its days only. */
    private static Recur<LocalDateTime> recurrence(RecurringSlot slot) {
        Recur.Builder<LocalDateTime> recur = new Recur.Builder<>();
        if (slot.everyDay()) {
            recur.frequency(Frequency.DAILY);
        } else {
            recur.frequency(Frequency.WEEKLY)
                    .dayList(slot.days().stream().map(WeekDay::getWeekDay).toList());
        }
        Integer count = slot.occurrences();
        if (count != null) {
            recur.count(count);
        }
        return recur.build();
    }
}
