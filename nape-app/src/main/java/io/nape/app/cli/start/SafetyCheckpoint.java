package io.nape.app.cli.start;

import io.nape.app.Wiring;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Routine;
import io.nape.core.diary.PainEntry;
import io.nape.core.safety.Reason;
import io.nape.core.safety.SafetyGate;
import io.nape.core.safety.Screening;
import io.nape.core.safety.TriageResult;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stop a session the latest check does not allow, before it starts, and say when a new check is
 * due. An urgent result blocks every session and its emergency sentence comes first.
 */
public final class SafetyCheckpoint {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private SafetyCheckpoint() {}

    /** Throw {@link SessionNotAllowedException} unless {@code routine} may start now; print any reminder to re-check. */
    public static void require(Wiring wiring, Routine routine, PrintWriter notes) {
        Instant now = Clock.systemUTC().instant();
        Optional<Screening> latest = wiring.screenings().findLatest();
        Optional<Integer> highestPain = latest.flatMap(
                check -> wiring.painEntries().findBetween(check.at().plusMillis(1), now.plusMillis(1)).stream()
                        .map(PainEntry::pain)
                        .max(Integer::compare));
        SafetyGate.Decision decision = SafetyGate.decide(latest, routine, now, highestPain);
        switch (decision.recheck()) {
            case NEVER_CHECKED ->
                notes.println("Tip: run './nape check' once, so Nape knows which exercise is safe" + " for you.");
            case STALE ->
                notes.println("Your last check is "
                        + Duration.between(latest.orElseThrow().at(), now).toDays()
                        + " days old; run './nape check' again to keep the advice up to date.");
            case HIGH_PAIN ->
                notes.println("You logged strong pain since your last check; run './nape check'" + " again.");
            case NONE -> {}
        }
        notes.flush();
        if (decision.allowed()) {
            return;
        }
        Screening screening = latest.orElseThrow();
        TriageResult result = screening.result();
        String when = DAY.format(screening.at().atZone(ZoneId.systemDefault()));
        if (decision.verdict() == SafetyGate.Verdict.URGENT) {
            String first =
                    result.reasons().stream().findFirst().map(Reason::says).orElse("");
            throw new SessionNotAllowedException(first + " No session starts while your last check (" + when
                    + ") says to get medical help; once you have been seen, run './nape check' again.");
        }
        throw new SessionNotAllowedException(routine.id() + " cannot start: your last check (" + when + ") says "
                + lowerFirst(result.exercise().meaning()) + " " + allowedInstead(wiring.catalogue(), result)
                + " Run './nape check' again when things change.");
    }

    private static String allowedInstead(Catalogue catalogue, TriageResult result) {
        String allowed = catalogue.routines().stream()
                .filter(result::allows)
                .map(routine -> routine.id().value())
                .collect(Collectors.joining(", "));
        return allowed.isEmpty() ? "None of Nape's routines fits that now." : "Allowed now: " + allowed + ".";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
