package io.nape.app.cli.check;

import io.nape.core.safety.Reason;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import java.io.PrintWriter;
import java.util.Locale;

/** Print triage advice in plain words: the level first, urgent unmistakably, then every reason. */
final class TriageText {
    private static final String RULE = "!".repeat(64);

    private TriageText() {}

    static void print(PrintWriter out, TriageResult result) {
        if (result.isEmergency()) {
            out.println(RULE);
            out.println("!!  URGENT: CALL EMERGENCY SERVICES NOW.");
            out.println("!!  Do not wait for a doctor's appointment; the first reason below says why.");
            out.println(RULE);
        } else if (result.level() == TriageLevel.URGENT) {
            out.println(RULE);
            out.println("!!  URGENT: GET MEDICAL HELP TODAY.");
            out.println("!!  If a reason below says so, call emergency services now.");
            out.println(RULE);
        } else {
            out.println(result.level().meaning());
        }
        for (Reason reason : result.reasons()) {
            out.println((reason.level() == TriageLevel.URGENT ? "  ! " : "  - ") + reason.says());
        }
        out.println();
        out.println(result.exercise().meaning());
        if (result.isUrgent()) {
            out.println("Do not start a session now.");
        } else if (result.reasons().isEmpty()) {
            out.println("Run './nape check' again if anything changes.");
        }
        if (!result.reasons().isEmpty()) {
            out.println();
            out.println("Why (rule, level, source):");
            for (Reason reason : result.reasons()) {
                out.printf(
                        Locale.ROOT,
                        "  %-28s %-11s %s%n",
                        reason.rule(),
                        reason.level().name(),
                        reason.source());
            }
        }
        out.println();
        out.println("Nape is not a doctor: if you feel something is seriously wrong, get medical help.");
        out.flush();
    }
}
