package io.nape.app.usecase.check;

import io.nape.app.text.Language;
import io.nape.app.text.Pseudo;
import io.nape.core.safety.Reason;
import io.nape.core.safety.TriageRule;
import io.nape.store.safety.TriageRulesLoader;

/**
 * The sentence of a reason in a language. A check is stored with its reasons as they read in
 * English at the time; in another language the sentence is the bundled rule's of the same id, so
 * a check stored earlier reads in the language of today's run. A rule that is no longer shipped
 * keeps its stored sentence.
 */
public final class RuleSentences {
    private RuleSentences() {}

    public static String says(Reason reason, Language language) {
        return switch (language) {
            case ENGLISH -> reason.says();
            case PSEUDO -> Pseudo.text(reason.says());
            case RUSSIAN ->
                TriageRulesLoader.bundled(language.locale()).rules().stream()
                        .filter(rule -> rule.id().equals(reason.rule()))
                        .findFirst()
                        .map(TriageRule::says)
                        .orElse(reason.says());
        };
    }
}
