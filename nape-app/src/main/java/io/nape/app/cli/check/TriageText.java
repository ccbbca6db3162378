package io.nape.app.cli.check;

import io.nape.app.text.Texts;
import io.nape.app.usecase.check.RuleSentences;
import io.nape.core.safety.Reason;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import java.io.PrintWriter;
import java.util.Locale;

/** Print triage advice in plain words: the level first, urgent unmistakably, then every reason. */
final class TriageText {
    private static final String RULE = "!".repeat(64);

    private TriageText() {}

    static void print(PrintWriter out, TriageResult result, Texts texts) {
        if (result.isEmergency()) {
            out.println(RULE);
            out.println(texts.get("check.emergency.heading"));
            out.println(texts.get("check.emergency.detail"));
            out.println(RULE);
        } else if (result.level() == TriageLevel.URGENT) {
            out.println(RULE);
            out.println(texts.get("check.urgent.heading"));
            out.println(texts.get("check.urgent.detail"));
            out.println(RULE);
        } else {
            out.println(texts.get("safety.level." + result.level().name()));
        }
        for (Reason reason : result.reasons()) {
            out.println((reason.level() == TriageLevel.URGENT ? "  ! " : "  - ")
                    + RuleSentences.says(reason, texts.language()));
        }
        out.println();
        out.println(texts.get("safety.exercise." + result.exercise().name()));
        if (result.isUrgent()) {
            out.println(texts.get("check.noSession"));
        } else if (result.reasons().isEmpty()) {
            out.println(texts.get("check.again"));
        }
        if (!result.reasons().isEmpty()) {
            out.println();
            out.println(texts.get("check.why"));
            for (Reason reason : result.reasons()) {
                out.printf(
                        Locale.ROOT,
                        "  %-28s %-11s %s%n",
                        reason.rule(),
                        texts.get("safety.levelName." + reason.level().name()),
                        reason.source());
            }
        }
        out.println();
        out.println(texts.get("check.notADoctor"));
        out.flush();
    }
}
