package io.nape.app.notify;

import io.nape.core.plan.Notifier;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Reminder;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.ReminderRepository;
import io.nape.core.plan.ReminderSchedule;
import io.nape.core.plan.Settings;
import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceRules;
import io.nape.core.presence.PresenceSensor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run the reminders: sleep until the next event, fire it through every notifier, record what
 * happens, and take the person's answers.
 *
 * <p>The loop waits on its command queue with a timeout that ends at the next event, so it uses no
 * CPU between events. The timeout is also capped at {@link #LONGEST_NAP}, because a computer that
 * sleeps (suspend) stops the clock a timeout is measured on: after a resume the loop notices within
 * that cap, and the schedule then fires at most one catch-up reminder. At each wake it reads the
 * pause from the store, so {@code nape pause} in another terminal takes effect before anything fires,
 * and it plans each local day as it comes (today and tomorrow are always held).
 *
 * <p>Each day it plans starts from what is already recorded for that day's events, by an earlier
 * run (before a restart) or another process: what was answered is not announced again, what was
 * recorded missed is not recorded again, and a reminder shown and not answered can still be answered.
 *
 * <p>Built over live settings, it reads them at every wake (through the kept reads, so that costs a
 * look at the data version) and, when they changed, re-plans the days it holds: what is still to come
 * follows the new settings at once; what was shown or answered stays. With presence sensors, every
 * wake reads them, combines their readings and lets {@link PresenceRules} bend the schedule; a sensor
 * that signals wakes the loop through a {@link ReminderCommand.Wake}, and one that cannot is read at
 * the wakes the loop has anyway (a held reminder is looked at again every 30 s).
 */
public final class ReminderLoop {
    /** The longest single sleep, so that a resume from suspend is noticed soon. */
    public static final Duration LONGEST_NAP = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(ReminderLoop.class);

    private final Clock clock;
    private final Supplier<Settings> settings;
    private final BiFunction<Settings, LocalDate, List<PlanEvent>> planner;
    private final List<PresenceSensor> sensors;
    private final ReminderRepository repository;
    private final List<? extends Notifier> notifiers;
    private final SessionStarter startSession;
    private final ReminderSchedule schedule = new ReminderSchedule(List.of());
    private @Nullable LocalDate plannedThrough;
    private @Nullable Settings plannedWith;
    private volatile @Nullable Instant nextDue;
    private volatile @Nullable PlanEvent nextEvent;
    private volatile @Nullable Reminder open;
    private int savedRecords;

    public ReminderLoop(
            Clock clock,
            ZoneId zone,
            Function<LocalDate, List<PlanEvent>> planner,
            ReminderRepository repository,
            List<? extends Notifier> notifiers,
            SessionStarter startSession) {
        this(
                clock,
                fixedSettings(zone),
                (settings, day) -> planner.apply(day),
                repository,
                notifiers,
                List.of(),
                startSession);
    }

    /**
     * A loop over live settings and presence sensors.
     *
     * @param settings the person's settings as stored now; read at every wake
     * @param planner the plan of one local day under given settings
     * @param sensors where the person is; none means always present, as without sensors
     */
    public ReminderLoop(
            Clock clock,
            Supplier<Settings> settings,
            BiFunction<Settings, LocalDate, List<PlanEvent>> planner,
            ReminderRepository repository,
            List<? extends Notifier> notifiers,
            List<? extends PresenceSensor> sensors,
            SessionStarter startSession) {
        this.clock = clock;
        this.settings = settings;
        this.planner = planner;
        this.repository = repository;
        this.notifiers = List.copyOf(notifiers);
        this.sensors = List.copyOf(sensors);
        this.startSession = startSession;
    }

    /** Settings that only give a time zone, for a loop whose planner does not look at them. */
    private static Supplier<Settings> fixedSettings(ZoneId zone) {
        Settings fixed = Settings.defaults(zone);
        return () -> fixed;
    }

    /** The event the next reminder is for, as of the last wake; empty before the first or when none will. */
    public Optional<PlanEvent> nextEvent() {
        return Optional.ofNullable(nextEvent);
    }

    /** When the next reminder falls due, as of the last wake; empty before the first or when none will. */
    public Optional<Instant> nextDue() {
        return Optional.ofNullable(nextDue);
    }

    /** Run until a stop command comes or the thread is interrupted. */
    public void run(ReminderWait wait) {
        try {
            while (true) {
                Duration nap = step(clock.instant());
                Optional<ReminderCommand> command = wait.await(nap);
                if (command.isPresent() && !answer(command.get(), clock.instant())) {
                    return;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            save();
        }
    }

    /** Bring the schedule to {@code now}, fire what is due, and say how long to sleep. */
    Duration step(Instant now) {
        Settings current = settings.get();
        ZoneId zone = current.timeZone();
        if (plannedWith != null && !plannedWith.equals(current)) {
            replan(current, now);
        }
        plannedWith = current;
        planThrough(current, now.atZone(zone).toLocalDate().plusDays(1));
        syncPause(now);
        for (Reminder reminder : schedule.deliver(now, presence(current, now), notifiers)) {
            open = reminder;
        }
        save();
        nextDue = schedule.nextWakeUp().orElse(null);
        nextEvent = schedule.nextEvent().orElse(null);
        Instant wakeUp = schedule.nextWakeUp().orElse(now.plus(LONGEST_NAP));
        Duration nap = Duration.between(now, wakeUp);
        if (nap.isNegative()) {
            return Duration.ZERO;
        }
        return nap.compareTo(LONGEST_NAP) > 0 ? LONGEST_NAP : nap;
    }

    /** Apply the person's answer to the open reminder; false when the loop should end. */
    boolean answer(ReminderCommand command, Instant now) {
        if (command instanceof ReminderCommand.Stop) {
            return false;
        }
        if (command instanceof ReminderCommand.Wake) {
            return true;
        }
        Reminder reminder = open;
        if (reminder == null) {
            return true;
        }
        PlanEvent event = reminder.event();
        if (command instanceof ReminderCommand.Done) {
            // A session the advice in force does not allow leaves its reminder open, to snooze or skip.
            Optional<Runnable> session = startSession.prepare(event);
            if (session.isEmpty()) {
                return true;
            }
            schedule.done(event, now);
            open = null;
            save();
            session.get().run();
        } else if (command instanceof ReminderCommand.Skip) {
            schedule.skip(event, now);
            open = null;
        } else if (command instanceof ReminderCommand.Snooze snooze) {
            schedule.snooze(event, snooze.length(), now);
            open = null;
        }
        save();
        return true;
    }

    /** The reminder waiting for an answer, if any. */
    public Optional<Reminder> openReminder() {
        return Optional.ofNullable(open);
    }

    /** Where the person is now, by every sensor combined; empty without sensors. Safe from any thread. */
    public Optional<PresenceReading> presence(Instant now) {
        return sensors.isEmpty() ? Optional.empty() : Optional.of(PresenceRules.combine(readings(now), now));
    }

    /** Every sensor's reading now; a sensor that fails or cannot tell gives none. */
    private List<PresenceReading> readings(Instant now) {
        List<PresenceReading> readings = new ArrayList<>();
        for (PresenceSensor sensor : sensors) {
            try {
                sensor.read(now).ifPresent(readings::add);
            } catch (RuntimeException failure) { // a port: a broken sensor must not stop reminders
                LOG.debug(
                        "Presence sensor {} failed: {}",
                        sensor.name(),
                        failure.getClass().getSimpleName());
            }
        }
        return readings;
    }

    /** Where the person is now and the rules of the settings; null without sensors, so the schedule ignores presence. */
    private ReminderSchedule.@Nullable Presence presence(Settings current, Instant now) {
        if (sensors.isEmpty()) {
            return null;
        }
        return new ReminderSchedule.Presence(
                PresenceRules.combine(readings(now), now),
                PresenceRules.ofMinutes(
                        current.breaks().naturalBreakMinutes(), current.breaks().maxPostponeMinutes()),
                Duration.ofMinutes(current.breakEveryMinutes()));
    }

    /** Plan again, under new settings, the days held from today on. */
    private void replan(Settings current, Instant now) {
        LocalDate today = now.atZone(current.timeZone()).toLocalDate();
        LocalDate last = plannedThrough == null ? today : plannedThrough;
        List<PlanEvent> events = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today; !day.isAfter(last); day = day.plusDays(1)) {
            events.addAll(planner.apply(current, day));
            days.add(day);
        }
        schedule.replan(events, days, current.timeZone(), now);
        LOG.debug("Settings changed: re-planned {} day(s) from {}", days.size(), today);
    }

    private void planThrough(Settings current, LocalDate lastDay) {
        LocalDate day = plannedThrough == null ? lastDay.minusDays(1) : plannedThrough.plusDays(1);
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            List<PlanEvent> events = planner.apply(current, day);
            schedule.add(events);
            recallRecorded(events);
            plannedThrough = day;
        }
    }

    private void recallRecorded(List<PlanEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Instant first = events.get(0).instant();
        Instant last = first;
        for (PlanEvent event : events) {
            first = event.instant().isBefore(first) ? event.instant() : first;
            last = event.instant().isAfter(last) ? event.instant() : last;
        }
        List<ReminderRecord> recorded = repository.findForEventsBetween(first, last.plusMillis(1));
        for (Reminder reminder : schedule.recall(recorded)) {
            open = reminder;
        }
    }

    private void syncPause(Instant now) {
        Optional<Instant> until = repository.pausedUntil().filter(end -> end.isAfter(now));
        Optional<Instant> current = schedule.pausedUntil();
        if (until.equals(current)) {
            return;
        }
        if (until.isEmpty()) {
            schedule.resume(now);
            return;
        }
        Duration length = Duration.between(now, until.get());
        if (length.compareTo(ReminderSchedule.LONGEST_PAUSE) > 0) {
            length = ReminderSchedule.LONGEST_PAUSE;
        }
        if (length.compareTo(Duration.ofMinutes(1)) < 0) {
            length = Duration.ofMinutes(1);
        }
        schedule.pause(length, now);
    }

    private void save() {
        List<ReminderRecord> records = schedule.records();
        if (records.size() > savedRecords) {
            try {
                repository.append(records.subList(savedRecords, records.size()));
                savedRecords = records.size();
            } catch (RuntimeException failure) { // keep reminding; the records are saved at the next chance
                LOG.warn(
                        "Could not save reminder records ({}); will try again",
                        failure.getClass().getSimpleName());
            }
        }
    }
}
