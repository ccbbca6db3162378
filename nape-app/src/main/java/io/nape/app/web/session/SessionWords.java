package io.nape.app.web.session;

import io.nape.app.text.Texts;
import io.nape.app.usecase.session.Recheck;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.web.check.ReasonWords;
import io.nape.app.web.today.TodayPages;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.safety.TriageResult;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * Say the gate's answer in the web app: why a session may not start and what is allowed instead, or
 * that a new check is due. An urgent refusal says its emergency sentence first.
 */
public final class SessionWords {
    private SessionWords() {}

    /** Why a new check is due, in one sentence, or empty when it is not. */
    public static String recheck(Texts t, Recheck recheck) {
        switch (recheck.kind()) {
            case NEVER_CHECKED:
                return t.get("player.recheck.never");
            case STALE:
                return t.get("player.recheck.stale", "days", recheck.daysOld());
            case HIGH_PAIN:
                return t.get("player.recheck.highPain");
            default:
                return "";
        }
    }

    /** The refusal in one paragraph, routines by name, dates in the person's {@code zone}. */
    public static String refusal(Texts t, SessionRefusal refusal, Catalogue catalogue, ZoneId zone) {
        TriageResult result = refusal.advice().result();
        String when = t.date(refusal.advice().at().atZone(zone).toLocalDate());
        if (refusal.kind() == SessionRefusal.Kind.URGENT) {
            String refused = t.get("player.refusal.urgent", "date", when);
            return refusal.urgentReasons().stream()
                    .findFirst()
                    .map(reason -> ReasonWords.says(t, reason) + " " + refused)
                    .orElse(refused);
        }
        String allowed =
                refusal.allowedInstead().stream().map(id -> name(catalogue, id)).collect(Collectors.joining(", "));
        String meaning = TodayPages.exerciseMeaning(t, result.exercise());
        return t.get(
                "player.refusal.notAllowed",
                "routine",
                name(catalogue, refusal.routine()),
                "date",
                when,
                "advice",
                meaning.isEmpty() ? meaning : Character.toLowerCase(meaning.charAt(0)) + meaning.substring(1),
                "instead",
                allowed.isEmpty()
                        ? t.get("player.refusal.noneFits")
                        : t.get("player.refusal.allowedNow", "routines", allowed));
    }

    private static String name(Catalogue catalogue, RoutineId routine) {
        return catalogue.findRoutine(routine.value()).map(found -> found.name()).orElse(routine.value());
    }
}
