package io.nape.core.plan;

import io.nape.core.presence.HeldReminder;
import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceRules;
import io.nape.core.presence.PresenceState;
import io.nape.core.presence.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Fire each planned event's reminder once, at its time, and keep every outcome as data.
 *
 * <p>A state machine driven by the time its caller passes in; it never reads a clock. A reminder loop
 * asks {@link #nextWakeUp()}, sleeps until then on its own clock, and calls {@link #deliver}: no
 * polling. Every reminder and what became of it is appended to {@link #records()}, so adherence is
 * exact.
 *
 * <p>Model: each event is <em>waiting</em> (with a due time), <em>open</em> (fired, not answered) or
 * <em>closed</em>. Invariants:
 *
 * <ul>
 *   <li>Time only moves forward: a {@code now} earlier than one already seen counts as that one, so a
 *       clock stepping back, or the same instant asked twice, never fires anything twice.
 *   <li>A poll fires, of the events due by then, only those that fell due last, and only if that was
 *       at most the catch-up window ago; every other due event becomes {@link ReminderOutcome#MISSED}.
 *       A jump over many events (a suspend, a long sleep) gives at most one catch-up reminder, never
 *       a burst.
 *   <li>A reminder still open when a newer one fires becomes {@link ReminderOutcome#UNANSWERED}.
 *       {@code done} or {@code skip} may still be given for it, or for any event not yet done or
 *       skipped (doing a session early closes its reminder before it fires).
 *   <li>Snooze (5, 10 or 15 minutes) makes an open reminder wait again.
 *   <li>While paused, everything falling due is {@link ReminderOutcome#SILENCED}, then and there or
 *       at the first poll after; it never fires later. An event due exactly when a pause ends fires.
 *   <li>A notifier that throws is recorded as {@link ReminderOutcome#NOTIFIER_FAILED}; the other
 *       notifiers and later reminders go on.
 *   <li>What an earlier schedule recorded for an event (before a restart) can be {@link #recall
 *       recalled}: the event then stands as those records left it, and nothing recorded is
 *       announced or recorded again.
 *   <li>Polled with where the person is ({@link #poll(Instant, Presence)}), a reminder due while
 *       they are away or busy is held and decided by {@link PresenceRules}: shown once when they are
 *       back and free (of several held, only the latest), a natural break when they were away long
 *       enough (the next micro-break then falls a full interval after their return), skipped as busy
 *       when held past their limit. A held reminder is looked at again every
 *       {@link PresenceRules#RECHECK} at the latest. Polled without, or with the person present and
 *       free, the schedule behaves exactly as without presence.
 *   <li>A new plan for the days held ({@link #replan}) replaces the events still untouched and to
 *       come; what was shown, answered or recorded stays.
 * </ul>
 *
 * <p>Not thread-safe: one owner, the reminder loop, calls it.
 */
public final class ReminderSchedule {
    public static final Duration DEFAULT_CATCH_UP_WINDOW = Duration.ofHours(1);
    public static final Duration LONGEST_PAUSE = Duration.ofHours(24);

    private final Duration catchUpWindow;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<ReminderRecord> records = new ArrayList<>();
    private Instant latest = Instant.MIN;
    private Instant silencedUntil = Instant.MIN;
    /** A natural break was recorded and the person's return has not been seen yet. */
    private boolean awaitingReturn;

    public ReminderSchedule(Collection<PlanEvent> events) {
        this(events, DEFAULT_CATCH_UP_WINDOW);
    }

    /** A schedule whose catch-up reminder fires only for an event that fell due at most {@code catchUpWindow} ago. */
    public ReminderSchedule(Collection<PlanEvent> events, Duration catchUpWindow) {
        if (catchUpWindow.isNegative()) {
            throw new IllegalArgumentException("catchUpWindow must not be negative, was " + catchUpWindow);
        }
        this.catchUpWindow = catchUpWindow;
        add(events);
    }

    /** Add events, such as the next day's plan; an event already held is left as it is. */
    public void add(Collection<PlanEvent> events) {
        events.forEach(event -> entries.putIfAbsent(event.key(), new Entry(event)));
    }

    /**
     * Take up what an earlier schedule recorded for events held here that this one has not yet
     * touched, in the order it was recorded: a done, skipped, missed, silenced or unanswered event is
     * closed, a snoozed one waits for the end of its snooze, and one fired last and not answered is
     * open again without being shown again. Records of other events are ignored; none is added.
     *
     * @return the reminders that were shown and not answered, to take an answer for
     */
    public List<Reminder> recall(List<ReminderRecord> recorded) {
        Map<String, Entry> untouched = new LinkedHashMap<>();
        for (ReminderRecord record : recorded) {
            Entry entry = entries.get(record.event().key());
            if (entry != null && entry.isUntouched()) {
                untouched.put(entry.event.key(), entry);
            }
        }
        for (ReminderRecord record : recorded) {
            Entry entry = untouched.get(record.event().key());
            if (entry != null) {
                entry.recall(record);
            }
        }
        List<Reminder> open = new ArrayList<>();
        for (Entry entry : untouched.values()) {
            if (entry.state == State.OPEN) {
                open.add(new Reminder(entry.event, entry.attempts, entry.firedAt));
            }
        }
        return open;
    }

    /** When something next falls due, so the caller can sleep until then; empty when nothing will. */
    public Optional<Instant> nextWakeUp() {
        return entries.values().stream()
                .filter(entry -> entry.state == State.WAITING)
                .map(entry -> entry.heldSince == null ? entry.dueAt : entry.recheckAt)
                .min(Comparator.naturalOrder());
    }

    /** Poll, then show each fired reminder through every notifier, recording failures. */
    public List<Reminder> deliver(Instant now, List<? extends Notifier> notifiers) {
        return deliver(now, null, notifiers);
    }

    private void show(List<Reminder> reminders, List<? extends Notifier> notifiers) {
        for (Reminder reminder : reminders) {
            for (Notifier notifier : notifiers) {
                try {
                    notifier.show(reminder);
                } catch (RuntimeException failure) { // a port: one broken notifier must not stop reminders
                    String message = failure.getMessage();
                    records.add(new ReminderRecord(
                            reminder.event(),
                            ReminderOutcome.NOTIFIER_FAILED,
                            reminder.firedAt(),
                            notifier.name() + ": " + failure.getClass().getSimpleName()
                                    + (message == null ? "" : ": " + message)));
                }
            }
        }
    }

    /** The event whose reminder falls due next, as {@link #nextWakeUp()} tells when; empty when none will. */
    public Optional<PlanEvent> nextEvent() {
        return entries.values().stream()
                .filter(entry -> entry.state == State.WAITING)
                .min(Comparator.comparing((Entry entry) -> entry.heldSince == null ? entry.dueAt : entry.recheckAt))
                .map(entry -> entry.event);
    }

    /** Settle everything due by {@code now} and return the reminders to show: usually none or one. */
    public List<Reminder> poll(Instant now) {
        return poll(now, null);
    }

    /**
     * Where the person is, and the rules by which that bends the reminders.
     *
     * @param reading the person's presence now, combined from every sensor
     * @param breakEvery the interval between micro-breaks, so a natural break moves the next one
     */
    public record Presence(PresenceReading reading, PresenceRules rules, Duration breakEvery) {
        public Presence {
            Objects.requireNonNull(reading, "reading");
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(breakEvery, "breakEvery");
        }
    }

    /** Poll, as {@link #poll(Instant, Presence)}, then show each fired reminder through every notifier. */
    public List<Reminder> deliver(Instant now, @Nullable Presence presence, List<? extends Notifier> notifiers) {
        List<Reminder> reminders = poll(now, presence);
        show(reminders, notifiers);
        return reminders;
    }

    /**
     * Settle everything due by {@code now}, bent to where the person is, and return the reminders to
     * show: usually none or one. Without a presence it is {@link #poll(Instant)}.
     */
    public List<Reminder> poll(Instant now, @Nullable Presence presence) {
        Instant at = advanceTo(now);
        if (presence != null && awaitingReturn && presence.reading().state() == PresenceState.PRESENT) {
            moveBreaksAfterReturn(presence.reading().since(), presence.breakEvery(), at);
        }
        List<Entry> live = new ArrayList<>();
        for (Entry entry : dueBy(at)) {
            if (entry.dueAt.isBefore(silencedUntil)) {
                close(entry, ReminderOutcome.SILENCED, at, "");
            } else {
                live.add(entry);
            }
        }
        if (live.isEmpty()) {
            return List.of();
        }
        List<Entry> fresh = catchUp(live, at);
        List<Entry> toFire = presence == null ? fresh : bend(fresh, presence, at);
        if (toFire.isEmpty()) {
            return List.of();
        }
        entries.values().stream()
                .filter(entry -> entry.state == State.OPEN)
                .forEach(entry -> close(entry, ReminderOutcome.UNANSWERED, at, ""));
        List<Reminder> fired = new ArrayList<>();
        for (Entry entry : toFire) {
            entry.state = State.OPEN;
            entry.heldSince = null;
            entry.attempts++;
            Reminder reminder = new Reminder(entry.event, entry.attempts, at);
            Duration late = reminder.lateBy();
            records.add(new ReminderRecord(
                    entry.event,
                    ReminderOutcome.FIRED,
                    at,
                    late.toMinutes() >= 1 ? "caught up " + late.toMinutes() + " min late" : ""));
            fired.add(reminder);
        }
        return fired;
    }

    /**
     * Of the due reminders never held, only those due last may still fire, and only within the
     * catch-up window; the others are missed. Held ones stay: the presence rules bound how long.
     */
    private List<Entry> catchUp(List<Entry> live, Instant at) {
        List<Entry> held =
                live.stream().filter(entry -> entry.heldSince != null).toList();
        List<Entry> unheld =
                live.stream().filter(entry -> entry.heldSince == null).toList();
        List<Entry> candidates = new ArrayList<>(held);
        if (!unheld.isEmpty()) {
            Instant last = unheld.get(unheld.size() - 1).dueAt;
            boolean fresh = !last.plus(catchUpWindow).isBefore(at);
            for (Entry entry : unheld) {
                if (fresh && entry.dueAt.equals(last)) {
                    candidates.add(entry);
                } else {
                    close(entry, ReminderOutcome.MISSED, at, "");
                }
            }
        }
        return candidates;
    }

    /** Decide each candidate by where the person is; return those to fire: the ones due last of the fireable. */
    private List<Entry> bend(List<Entry> candidates, Presence presence, Instant at) {
        List<Entry> fireable = new ArrayList<>();
        for (Entry entry : candidates) {
            HeldReminder held =
                    new HeldReminder(entry.event.key(), entry.event.kind() != EventKind.MICRO_BREAK, entry.dueAt);
            Verdict verdict = presence.rules().decide(held, presence.reading(), at);
            switch (verdict) {
                case FIRE -> fireable.add(entry);
                case WAIT -> {
                    if (entry.heldSince == null) {
                        entry.heldSince = at;
                    }
                    entry.recheckAt = at.plus(PresenceRules.RECHECK);
                }
                case NATURAL_BREAK -> {
                    close(
                            entry,
                            ReminderOutcome.NATURAL_BREAK,
                            at,
                            presence.reading().sensor());
                    awaitingReturn = true;
                }
                case SKIPPED_BUSY ->
                    close(
                            entry,
                            ReminderOutcome.SKIPPED_BUSY,
                            at,
                            presence.reading().state().key());
                case MISSED_AWAY, SUPERSEDED -> close(entry, ReminderOutcome.MISSED, at, "away");
            }
        }
        if (fireable.isEmpty()) {
            return List.of();
        }
        Instant last = fireable.stream()
                .map(entry -> entry.dueAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<Entry> toFire = new ArrayList<>();
        for (Entry entry : fireable) {
            if (entry.dueAt.equals(last)) {
                toFire.add(entry);
            } else {
                close(entry, ReminderOutcome.MISSED, at, "superseded");
            }
        }
        return toFire;
    }

    /**
     * After a natural break, the micro-breaks to come that would fall less than a full interval after
     * the person's return fall at that interval instead.
     */
    private void moveBreaksAfterReturn(Instant back, Duration breakEvery, Instant at) {
        awaitingReturn = false;
        Instant returned = back.isAfter(at) ? at : back;
        Instant next = returned.plus(breakEvery);
        for (Entry entry : entries.values()) {
            if (entry.state == State.WAITING
                    && entry.heldSince == null
                    && entry.event.kind() == EventKind.MICRO_BREAK
                    && !entry.dueAt.isBefore(returned)
                    && entry.dueAt.isBefore(next)) {
                entry.dueAt = next;
            }
        }
    }

    /**
     * Take a new plan for the days held, such as after the settings changed: events still waiting,
     * never shown nor held, and due after {@code now} are replaced by the new plan's events due after
     * {@code now}; anything shown, answered, held or recorded stays as it is.
     *
     * @param days the local days the new events are for, in {@code zone}; entries on other days stay
     */
    public void replan(Collection<PlanEvent> events, Collection<LocalDate> days, ZoneId zone, Instant now) {
        Instant at = advanceTo(now);
        Map<String, PlanEvent> planned = new LinkedHashMap<>();
        events.forEach(event -> planned.put(event.key(), event));
        // An event of the same time, kind and routine may still have changed (a break's exercises).
        entries.values()
                .removeIf(entry -> entry.isUntouched()
                        && entry.event.instant().isAfter(at)
                        && days.contains(entry.event.instant().atZone(zone).toLocalDate())
                        && !entry.event.equals(planned.get(entry.event.key())));
        for (PlanEvent event : events) {
            if (event.instant().isAfter(at)) {
                entries.putIfAbsent(event.key(), new Entry(event));
            }
        }
    }

    /** Record that the session was done; false if it already was done or skipped. */
    public boolean done(PlanEvent event, Instant now) {
        return settle(event, ReminderOutcome.DONE, now);
    }

    /** Record that the person chose not to do the session; false if it already was done or skipped. */
    public boolean skip(PlanEvent event, Instant now) {
        return settle(event, ReminderOutcome.SKIPPED, now);
    }

    /** Fire a shown reminder again after {@code length}; false unless it is shown and unanswered. */
    public boolean snooze(PlanEvent event, SnoozeLength length, Instant now) {
        Entry entry = entry(event);
        Instant at = advanceTo(now);
        if (entry.state != State.OPEN) {
            return false;
        }
        entry.state = State.WAITING;
        entry.heldSince = null;
        entry.dueAt = at.plus(length.duration());
        records.add(new ReminderRecord(event, ReminderOutcome.SNOOZED, at, length.minutes() + " min"));
        return true;
    }

    /** Silence reminders for a while, from 1 minute to 24 hours, such as an hour or 30 minutes. */
    public void pause(Duration length, Instant now) {
        if (length.compareTo(Duration.ofMinutes(1)) < 0 || length.compareTo(LONGEST_PAUSE) > 0) {
            throw new IllegalArgumentException("a pause lasts 1 minute to 24 hours, was " + length);
        }
        Instant at = advanceTo(now);
        pauseUntil(at.plus(length), at);
    }

    /** Silence reminders until the start of the next local day in {@code zone}. */
    public void pauseUntilNextDay(ZoneId zone, Instant now) {
        Instant at = advanceTo(now);
        pauseUntil(at.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant(), at);
    }

    /** End a pause now; what fell due during it stays silenced. */
    public void resume(Instant now) {
        Instant at = advanceTo(now);
        if (silencedUntil.isAfter(at)) {
            silencedUntil = at;
            dueBy(at).stream()
                    .filter(entry -> entry.dueAt.isBefore(at))
                    .forEach(entry -> close(entry, ReminderOutcome.SILENCED, at, ""));
        }
    }

    /** When the current pause ends; empty when not paused at the latest time seen. */
    public Optional<Instant> pausedUntil() {
        return silencedUntil.isAfter(latest) ? Optional.of(silencedUntil) : Optional.empty();
    }

    /** The last thing recorded for an event, if anything. */
    public Optional<ReminderOutcome> lastOutcome(PlanEvent event) {
        for (int index = records.size() - 1; index >= 0; index--) {
            ReminderRecord record = records.get(index);
            if (record.event().equals(event) && record.outcome() != ReminderOutcome.NOTIFIER_FAILED) {
                return Optional.of(record.outcome());
            }
        }
        return Optional.empty();
    }

    /** Every reminder record so far, in the order they happened. */
    public List<ReminderRecord> records() {
        return List.copyOf(records);
    }

    private void pauseUntil(Instant until, Instant at) {
        dueBy(at).forEach(entry -> close(entry, ReminderOutcome.SILENCED, at, ""));
        silencedUntil = until;
    }

    private boolean settle(PlanEvent event, ReminderOutcome outcome, Instant now) {
        Entry entry = entry(event);
        Instant at = advanceTo(now);
        if (entry.settled) {
            return false;
        }
        entry.state = State.CLOSED;
        entry.settled = true;
        records.add(new ReminderRecord(event, outcome, at, ""));
        return true;
    }

    private List<Entry> dueBy(Instant at) {
        return entries.values().stream()
                .filter(entry -> entry.state == State.WAITING && !entry.dueAt.isAfter(at))
                .sorted(Comparator.comparing((Entry entry) -> entry.dueAt))
                .toList();
    }

    private void close(Entry entry, ReminderOutcome outcome, Instant at, String detail) {
        entry.state = State.CLOSED;
        records.add(new ReminderRecord(entry.event, outcome, at, detail));
    }

    private Instant advanceTo(Instant now) {
        Objects.requireNonNull(now, "now");
        if (now.isAfter(latest)) {
            latest = now;
        }
        return latest;
    }

    private Entry entry(PlanEvent event) {
        Entry entry = entries.get(event.key());
        if (entry == null) {
            throw new ReminderNotFoundException(event);
        }
        return entry;
    }

    private enum State {
        WAITING,
        OPEN,
        CLOSED
    }

    /** One event's reminder state. */
    private static final class Entry {
        final PlanEvent event;
        State state = State.WAITING;
        Instant dueAt;
        int attempts;
        boolean settled;

        Instant firedAt;
        /** When it was first held because the person was away or busy; null when never held. */
        @Nullable
        Instant heldSince;
        /** When a held reminder is looked at again at the latest. */
        Instant recheckAt;

        Entry(PlanEvent event) {
            this.event = event;
            this.dueAt = event.instant();
            this.firedAt = dueAt;
            this.recheckAt = dueAt;
        }

        boolean isUntouched() {
            return state == State.WAITING
                    && attempts == 0
                    && !settled
                    && heldSince == null
                    && dueAt.equals(event.instant());
        }

        /** Stand as an earlier schedule's record left the event. */
        void recall(ReminderRecord record) {
            switch (record.outcome()) {
                case FIRED -> {
                    state = State.OPEN;
                    attempts++;
                    firedAt = record.at();
                }
                case SNOOZED -> {
                    state = State.WAITING;
                    dueAt = record.at().plus(snoozed(record.detail()));
                }
                case DONE, SKIPPED -> {
                    state = State.CLOSED;
                    settled = true;
                }
                case MISSED, SILENCED, UNANSWERED, NATURAL_BREAK, SKIPPED_BUSY -> state = State.CLOSED;
                case NOTIFIER_FAILED -> {}
            }
        }

        /** The length of a recorded snooze, such as {@code 10 min}; the longest when unreadable. */
        private static Duration snoozed(String detail) {
            String minutes = detail.endsWith(" min") ? detail.substring(0, detail.length() - 4) : detail;
            try {
                return SnoozeLength.ofMinutes(Integer.parseInt(minutes.trim()))
                        .map(SnoozeLength::duration)
                        .orElse(SnoozeLength.FIFTEEN_MINUTES.duration());
            } catch (NumberFormatException unreadable) {
                return SnoozeLength.FIFTEEN_MINUTES.duration();
            }
        }
    }
}
