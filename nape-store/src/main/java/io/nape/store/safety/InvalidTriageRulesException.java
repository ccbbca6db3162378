package io.nape.store.safety;

import io.nape.core.NapeException;
import java.util.List;

/** Thrown when a triage rules file has problems; the message lists each as {@code file:line: what}. */
public final class InvalidTriageRulesException extends NapeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidTriageRulesException(String file, List<String> problems) {
        super("The triage rules in " + file + " have " + problems.size()
                + (problems.size() == 1 ? " problem:" : " problems:") + "\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, each as {@code file:line: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
