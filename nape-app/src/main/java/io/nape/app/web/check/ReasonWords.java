package io.nape.app.web.check;

import io.nape.app.text.Language;
import io.nape.app.text.Pseudo;
import io.nape.app.text.Texts;
import io.nape.core.safety.Reason;
import io.nape.core.safety.TriageRule;
import io.nape.store.safety.TriageRulesLoader;

/**
 * What a fired rule says, in the page's language: a check keeps the English sentence of each reason,
 * and the page says the sentence of the same rule from the rules' texts in its language.
 */
public final class ReasonWords {
    private ReasonWords() {}

    /** The sentence of {@code reason} in the language of {@code t}; the kept one where the rule is gone. */
    public static String says(Texts t, Reason reason) {
        if (t.language() == Language.ENGLISH) {
            return reason.says();
        }
        if (t.language() == Language.PSEUDO) {
            return Pseudo.text(reason.says());
        }
        return TriageRulesLoader.bundled(t.locale()).rules().stream()
                .filter(rule -> rule.id().equals(reason.rule()))
                .map(TriageRule::says)
                .findFirst()
                .orElse(reason.says());
    }
}
