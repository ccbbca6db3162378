package io.nape.app.web.sessions;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Routine;
import io.nape.core.safety.Reason;
import io.nape.core.safety.SafetyGate;
import io.nape.core.safety.Screening;
import io.nape.core.safety.TriageResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Say whether a routine may start now, with the same decision as {@code nape start} makes
 * ({@link SafetyGate}) in words for the page: why not, or that a new check is due.
 */
final class SessionGate {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private SessionGate() {}

    /** The answer of {@code GET /api/sessions/allowed}. */
    record View(
            String routine,
            boolean allowed,
            String verdict,
            String recheck,
            @Nullable String message) {}

    /**
     * Decide for {@code routine} at {@code now}.
     *
     * @param highestPainSinceCheck the highest pain logged after the latest check, if any
     */
    static View decide(
            Optional<Screening> latest,
            Optional<Integer> highestPainSinceCheck,
            Routine routine,
            Catalogue catalogue,
            Instant now) {
        SafetyGate.Decision decision = SafetyGate.decide(latest, routine, now, highestPainSinceCheck);
        String message =
                decision.allowed() ? recheck(decision.recheck(), latest, now) : refusal(decision, routine, catalogue);
        return new View(
                routine.id().value(),
                decision.allowed(),
                decision.verdict().name(),
                decision.recheck().name(),
                message);
    }

    private static @Nullable String recheck(SafetyGate.Recheck recheck, Optional<Screening> latest, Instant now) {
        switch (recheck) {
            case NEVER_CHECKED:
                return "Take the check once, so Nape knows which exercise is safe for you.";
            case STALE:
                return "Your last check is "
                        + Duration.between(latest.orElseThrow().at(), now).toDays()
                        + " days old; take the check again to keep the advice up to date.";
            case HIGH_PAIN:
                return "You logged strong pain since your last check; take the check again.";
            default:
                return null;
        }
    }

    private static String refusal(SafetyGate.Decision decision, Routine routine, Catalogue catalogue) {
        Screening screening = decision.advice().orElseThrow();
        TriageResult result = screening.result();
        String when = DAY.format(screening.at().atZone(ZoneId.systemDefault()));
        if (decision.verdict() == SafetyGate.Verdict.URGENT) {
            String first =
                    result.reasons().stream().findFirst().map(Reason::says).orElse("");
            return (first + " No session starts while your last check (" + when
                            + ") says to get medical help; once you have been seen, take the check again.")
                    .trim();
        }
        String allowed = catalogue.routines().stream()
                .filter(result::allows)
                .map(other -> other.id().value())
                .collect(Collectors.joining(", "));
        String meaning = result.exercise().meaning();
        return routine.id() + " cannot start: your last check (" + when + ") says "
                + (meaning.isEmpty() ? meaning : Character.toLowerCase(meaning.charAt(0)) + meaning.substring(1)) + " "
                + (allowed.isEmpty() ? "None of Nape's routines fits that now." : "Allowed now: " + allowed + ".")
                + " Take the check again when things change.";
    }
}
