package io.nape.app.cli.start;

import io.nape.app.text.Texts;
import io.nape.app.usecase.session.Recheck;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.safety.TriageResult;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * Say the gate's answer on the command line: why a session may not start and what is allowed
 * instead, or that a new check is due. An urgent refusal says its emergency sentence first.
 */
public final class StartWords {
    private StartWords() {}

    /** Print, when a new check is due, one line that says why; nothing otherwise. */
    public static void printRecheck(Recheck recheck, PrintWriter notes, Texts texts) {
        switch (recheck.kind()) {
            case NEVER_CHECKED -> notes.println(texts.get("start.recheck.never"));
            case STALE -> notes.println(texts.get("start.recheck.stale", "days", recheck.daysOld()));
            case HIGH_PAIN -> notes.println(texts.get("start.recheck.pain"));
            case NONE -> {}
        }
        notes.flush();
    }

    /** The refusal in one paragraph, dates in the person's {@code zone}. */
    public static String refusal(SessionRefusal refusal, ZoneId zone, Texts texts) {
        TriageResult result = refusal.advice().result();
        String when = texts.date(refusal.advice().at().atZone(zone).toLocalDate());
        if (refusal.kind() == SessionRefusal.Kind.URGENT) {
            return refusal.mostUrgentSays().map(says -> says + " ").orElse("")
                    + texts.get("start.refusal.urgent", "date", when);
        }
        String allowed = refusal.allowedInstead().stream().map(RoutineId::value).collect(Collectors.joining(", "));
        return texts.get(
                        "start.refusal.exercise",
                        "routine",
                        refusal.routine(),
                        "date",
                        when,
                        "advice",
                        lowerFirst(
                                texts.get("safety.exercise." + result.exercise().name())))
                + " "
                + (allowed.isEmpty()
                        ? texts.get("start.refusal.none")
                        : texts.get("start.refusal.allowed", "routines", allowed))
                + " " + texts.get("start.refusal.again");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
