package io.nape.app.cli.start;

import io.nape.app.usecase.session.Recheck;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.safety.TriageResult;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Say the gate's answer on the command line: why a session may not start and what is allowed
 * instead, or that a new check is due. An urgent refusal says its emergency sentence first.
 */
public final class StartWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private StartWords() {}

    /** Print, when a new check is due, one line that says why; nothing otherwise. */
    public static void printRecheck(Recheck recheck, PrintWriter notes) {
        switch (recheck.kind()) {
            case NEVER_CHECKED ->
                notes.println("Tip: run './nape check' once, so Nape knows which exercise is safe for you.");
            case STALE ->
                notes.println("Your last check is " + recheck.daysOld()
                        + " days old; run './nape check' again to keep the advice up to date.");
            case HIGH_PAIN -> notes.println("You logged strong pain since your last check; run './nape check' again.");
            case NONE -> {}
        }
        notes.flush();
    }

    /** The refusal in one paragraph, dates in the person's {@code zone}. */
    public static String refusal(SessionRefusal refusal, ZoneId zone) {
        TriageResult result = refusal.advice().result();
        String when = DAY.format(refusal.advice().at().atZone(zone));
        if (refusal.kind() == SessionRefusal.Kind.URGENT) {
            return refusal.mostUrgentSays().map(says -> says + " ").orElse("")
                    + "No session starts while your last check (" + when
                    + ") says to get medical help; once you have been seen, run './nape check' again.";
        }
        String allowed = refusal.allowedInstead().stream().map(RoutineId::value).collect(Collectors.joining(", "));
        return refusal.routine() + " cannot start: your last check (" + when + ") says "
                + lowerFirst(result.exercise().meaning()) + " "
                + (allowed.isEmpty() ? "None of Nape's routines fits that now." : "Allowed now: " + allowed + ".")
                + " Run './nape check' again when things change.";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
