package io.nape.core.safety;

import io.nape.core.catalogue.Routine;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decide whether a routine may start under the advice in force, and whether a new check is due.
 *
 * <p>The advice in force is that of the latest check, however old: an urgent or restrictive result
 * stays in force until a newer check replaces it. Without any check every routine may start, and a
 * check is suggested. A check is due again when the latest is older than {@link #FRESH_FOR}, or when
 * a pain of {@link #HIGH_PAIN} or more was logged after it.
 */
public final class SafetyGate {
    public static final Duration FRESH_FOR = Duration.ofDays(7);
    public static final int HIGH_PAIN = 7;

    private SafetyGate() {}

    /** What the gate says about one routine. */
    public enum Verdict {
        /** Go ahead. */
        ALLOWED,
        /** The advice in force does not allow this routine; others may be allowed. */
        NOT_ALLOWED,
        /** The advice in force is to get medical help: no session at all. */
        URGENT
    }

    /** Why a new check is asked for. */
    public enum Recheck {
        NONE,
        NEVER_CHECKED,
        STALE,
        HIGH_PAIN
    }

    /**
     * The gate's answer.
     *
     * @param advice the advice in force, or empty when there was never a check
     */
    public record Decision(Verdict verdict, Recheck recheck, Optional<Screening> advice) {
        public Decision {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(recheck, "recheck");
            Objects.requireNonNull(advice, "advice");
        }

        public boolean allowed() {
            return verdict == Verdict.ALLOWED;
        }
    }

    /**
     * Decide for {@code routine} at {@code now}.
     *
     * @param highestPainSinceCheck the highest pain logged after the latest check, if any
     */
    public static Decision decide(
            Optional<Screening> latest, Routine routine, Instant now, Optional<Integer> highestPainSinceCheck) {
        if (latest.isEmpty()) {
            return new Decision(Verdict.ALLOWED, Recheck.NEVER_CHECKED, latest);
        }
        Screening screening = latest.get();
        Recheck recheck = recheck(screening, now, highestPainSinceCheck);
        TriageResult result = screening.result();
        Verdict verdict;
        if (result.isUrgent()) {
            verdict = Verdict.URGENT;
        } else if (result.allows(routine)) {
            verdict = Verdict.ALLOWED;
        } else {
            verdict = Verdict.NOT_ALLOWED;
        }
        return new Decision(verdict, recheck, latest);
    }

    /**
     * Say whether a new check is due at {@code now} after {@code latest}: strong pain logged since
     * comes first, then age.
     *
     * @param highestPainSinceCheck the highest pain logged after that check, if any
     */
    public static Recheck recheck(Screening latest, Instant now, Optional<Integer> highestPainSinceCheck) {
        if (highestPainSinceCheck.filter(pain -> pain >= HIGH_PAIN).isPresent()) {
            return Recheck.HIGH_PAIN;
        }
        if (Duration.between(latest.at(), now).compareTo(FRESH_FOR) > 0) {
            return Recheck.STALE;
        }
        return Recheck.NONE;
    }
}
