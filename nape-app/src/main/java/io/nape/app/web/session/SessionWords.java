package io.nape.app.web.session;

import io.nape.app.usecase.session.Recheck;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.safety.TriageResult;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Say the gate's answer in the web app: why a session may not start and what is allowed instead, or
 * that a new check is due. An urgent refusal says its emergency sentence first.
 */
public final class SessionWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private SessionWords() {}

    /** Why a new check is due, in one sentence, or empty when it is not. */
    public static String recheck(Recheck recheck) {
        switch (recheck.kind()) {
            case NEVER_CHECKED:
                return "Take the check once, so Nape knows which exercise is safe for you.";
            case STALE:
                return "Your last check is " + recheck.daysOld()
                        + " days old; take the check again to keep the advice up to date.";
            case HIGH_PAIN:
                return "You logged strong pain since your last check; take the check again.";
            default:
                return "";
        }
    }

    /** The refusal in one paragraph, routines by name, dates in the person's {@code zone}. */
    public static String refusal(SessionRefusal refusal, Catalogue catalogue, ZoneId zone) {
        TriageResult result = refusal.advice().result();
        String when = DAY.format(refusal.advice().at().atZone(zone));
        if (refusal.kind() == SessionRefusal.Kind.URGENT) {
            return refusal.mostUrgentSays().map(says -> says + " ").orElse("")
                    + "No session starts while your last check (" + when
                    + ") says to get medical help; once you have been seen, take the check again.";
        }
        String allowed =
                refusal.allowedInstead().stream().map(id -> name(catalogue, id)).collect(Collectors.joining(", "));
        String meaning = result.exercise().meaning();
        return name(catalogue, refusal.routine()) + " cannot start: your last check (" + when + ") says "
                + (meaning.isEmpty() ? meaning : Character.toLowerCase(meaning.charAt(0)) + meaning.substring(1))
                + " " + (allowed.isEmpty() ? "None of Nape's routines fits that now." : "Allowed now: " + allowed + ".")
                + " Take the check again when things change.";
    }

    private static String name(Catalogue catalogue, RoutineId routine) {
        return catalogue.findRoutine(routine.value()).map(found -> found.name()).orElse(routine.value());
    }
}
