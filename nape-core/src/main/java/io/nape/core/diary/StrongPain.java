package io.nape.core.diary;

import io.nape.core.safety.SafetyGate;
import java.time.Duration;
import java.util.List;

/**
 * Tell whether a newly logged pain calls for a new safety check: a pain of {@link
 * SafetyGate#HIGH_PAIN} or more, or one higher than every entry of the {@link #LOOKBACK} before it.
 * Without any entry in that time there is nothing to rise above, so only the first rule applies.
 */
public final class StrongPain {
    /** How far back a rising pain is compared. */
    public static final Duration LOOKBACK = Duration.ofDays(3);

    private StrongPain() {}

    /** What the new entry shows, given the entries logged before it (others are ignored). */
    public static Finding of(PainEntry entry, List<PainEntry> earlier) {
        if (entry.pain() >= SafetyGate.HIGH_PAIN) {
            return Finding.HIGH;
        }
        List<Integer> recent = earlier.stream()
                .filter(other -> other.at().isBefore(entry.at()))
                .filter(other -> !other.at().isBefore(entry.at().minus(LOOKBACK)))
                .map(PainEntry::pain)
                .toList();
        if (!recent.isEmpty() && recent.stream().allMatch(pain -> pain < entry.pain())) {
            return Finding.RISING;
        }
        return Finding.NONE;
    }

    /** What a new entry shows. */
    public enum Finding {
        /** Nothing calls for a new check. */
        NONE,
        /** The pain is {@link SafetyGate#HIGH_PAIN} or more. */
        HIGH,
        /** The pain is higher than every entry of the last three days. */
        RISING;

        public boolean callsForCheck() {
            return this != NONE;
        }
    }
}
