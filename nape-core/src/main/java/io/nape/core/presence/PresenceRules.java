package io.nape.core.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules by which presence bends the reminders: pure functions of the held reminders, one
 * presence reading and the time, so a reminder loop and a test with a fake clock get the same answer.
 *
 * <ul>
 *   <li>A micro-break that falls due while the person has been away (or the screen locked) for at
 *       least {@code naturalBreakMinutes} is a natural break: nothing is shown, and the next one is
 *       due a full interval after the person is back ({@link #nextBreakAfterReturn}).
 *   <li>A reminder due while the person is busy (do not disturb, full screen, in a call) or away
 *       for less than that waits; it is shown once the person is back and free. Of several waiting,
 *       only the latest is shown, once; the earlier ones are superseded.
 *   <li>Held for longer than {@code maxPostponeMinutes} while busy, a reminder is dropped as skipped
 *       because busy.
 *   <li>The morning and evening sessions are never shown on a locked screen or to someone away;
 *       they wait up to {@link #LONGEST_DAILY_HOLD}, then count as missed while away.
 * </ul>
 */
public final class PresenceRules {
    /** How long the morning or evening session waits for the person to be back. */
    public static final Duration LONGEST_DAILY_HOLD = Duration.ofHours(2);

    /** The longest a held reminder waits before it is looked at again, whatever the sensors signal. */
    public static final Duration RECHECK = Duration.ofSeconds(30);

    private final Duration naturalBreak;
    private final Duration longestPostpone;

    /**
     * Rules under which an absence of at least {@code naturalBreak} counts as a break and a reminder
     * held longer than {@code longestPostpone} while busy is dropped.
     */
    public PresenceRules(Duration naturalBreak, Duration longestPostpone) {
        this.naturalBreak = Objects.requireNonNull(naturalBreak, "naturalBreak");
        this.longestPostpone = Objects.requireNonNull(longestPostpone, "longestPostpone");
    }

    /** The rules of a person's settings: their natural break and longest postponement, in minutes. */
    public static PresenceRules ofMinutes(int naturalBreakMinutes, int maxPostponeMinutes) {
        return new PresenceRules(Duration.ofMinutes(naturalBreakMinutes), Duration.ofMinutes(maxPostponeMinutes));
    }

    /** What to do now with one held reminder. */
    public Verdict decide(HeldReminder held, PresenceReading presence, Instant now) {
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(now, "now");
        Duration heldFor = nonNegative(Duration.between(held.due(), now));
        PresenceState state = presence.state();
        if (held.daily()) {
            if (state.absent()) {
                return heldFor.compareTo(LONGEST_DAILY_HOLD) >= 0 ? Verdict.MISSED_AWAY : Verdict.WAIT;
            }
            return busyOrFire(state, heldFor);
        }
        if (state.absent()) {
            Duration away = nonNegative(Duration.between(presence.since(), now));
            return away.compareTo(naturalBreak) >= 0 ? Verdict.NATURAL_BREAK : Verdict.WAIT;
        }
        return busyOrFire(state, heldFor);
    }

    /**
     * The verdict for each held reminder, at most one of them {@link Verdict#FIRE}: of those that
     * could be shown, only the one due last is, and the others are superseded.
     */
    public Map<HeldReminder, Verdict> decideAll(List<HeldReminder> held, PresenceReading presence, Instant now) {
        List<HeldReminder> byDue = new ArrayList<>(held);
        byDue.sort(Comparator.comparing(HeldReminder::due).thenComparing(HeldReminder::eventId));
        Map<HeldReminder, Verdict> verdicts = new LinkedHashMap<>();
        @Nullable HeldReminder last = null;
        for (HeldReminder each : byDue) {
            Verdict verdict = decide(each, presence, now);
            if (verdict == Verdict.FIRE) {
                if (last != null) {
                    verdicts.put(last, Verdict.SUPERSEDED);
                }
                last = each;
            }
            verdicts.put(each, verdict);
        }
        return verdicts;
    }

    /** When the next micro-break is due after a natural break: a full interval after the person is back. */
    public static Instant nextBreakAfterReturn(Instant back, Duration breakEvery) {
        return back.plus(breakEvery);
    }

    /**
     * One reading from several sensors: a locked screen wins, then being busy, then any sign of the
     * person at the desk (the open page may see input while the desktop's idle timer runs), else away
     * since the last input any sensor saw. With no reading at all the person counts as present, so
     * reminders behave as they do without sensors.
     */
    public static PresenceReading combine(List<PresenceReading> readings, Instant now) {
        @Nullable PresenceReading locked = null;
        @Nullable PresenceReading busy = null;
        @Nullable PresenceReading present = null;
        @Nullable PresenceReading away = null;
        for (PresenceReading reading : readings) {
            switch (reading.state()) {
                case LOCKED -> locked = earliest(locked, reading);
                case DO_NOT_DISTURB, FULL_SCREEN, IN_CALL -> busy = earliest(busy, reading);
                case PRESENT -> present = earliest(present, reading);
                case AWAY -> away = latest(away, reading);
            }
        }
        if (locked != null) {
            return locked;
        }
        if (busy != null) {
            return busy;
        }
        if (present != null) {
            return present;
        }
        return away != null ? away : new PresenceReading(PresenceState.PRESENT, now, "none");
    }

    private Verdict busyOrFire(PresenceState state, Duration heldFor) {
        if (state.free()) {
            return Verdict.FIRE;
        }
        return heldFor.compareTo(longestPostpone) > 0 ? Verdict.SKIPPED_BUSY : Verdict.WAIT;
    }

    private static PresenceReading earliest(@Nullable PresenceReading known, PresenceReading reading) {
        return known == null || reading.since().isBefore(known.since()) ? reading : known;
    }

    private static PresenceReading latest(@Nullable PresenceReading known, PresenceReading reading) {
        return known == null || reading.since().isAfter(known.since()) ? reading : known;
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
