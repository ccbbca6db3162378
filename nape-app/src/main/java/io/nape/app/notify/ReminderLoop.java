package io.nape.app.notify;

import io.nape.core.plan.Notifier;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Reminder;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.ReminderRepository;
import io.nape.core.plan.ReminderSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
 */
public final class ReminderLoop {
    /** The longest single sleep, so that a resume from suspend is noticed soon. */
    public static final Duration LONGEST_NAP = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(ReminderLoop.class);

    private final Clock clock;
    private final ZoneId zone;
    private final Function<LocalDate, List<PlanEvent>> planner;
    private final ReminderRepository repository;
    private final List<? extends Notifier> notifiers;
    private final SessionStarter startSession;
    private final ReminderSchedule schedule = new ReminderSchedule(List.of());
    private @Nullable LocalDate plannedThrough;
    private @Nullable Reminder open;
    private int savedRecords;

    public ReminderLoop(
            Clock clock,
            ZoneId zone,
            Function<LocalDate, List<PlanEvent>> planner,
            ReminderRepository repository,
            List<? extends Notifier> notifiers,
            SessionStarter startSession) {
        this.clock = clock;
        this.zone = zone;
        this.planner = planner;
        this.repository = repository;
        this.notifiers = List.copyOf(notifiers);
        this.startSession = startSession;
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
        planThrough(now.atZone(zone).toLocalDate().plusDays(1));
        syncPause(now);
        for (Reminder reminder : schedule.deliver(now, notifiers)) {
            open = reminder;
        }
        save();
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

    private void planThrough(LocalDate lastDay) {
        LocalDate day = plannedThrough == null ? lastDay.minusDays(1) : plannedThrough.plusDays(1);
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            List<PlanEvent> events = planner.apply(day);
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
