package io.nape.app.data;

import io.nape.core.NapeException;
import java.util.List;

/**
 * Say that an import file is not right, naming the first record and field at fault and what is
 * allowed there. Values from the file are never quoted: they may be health data.
 */
public final class InvalidDataFileException extends NapeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidDataFileException(String file, List<String> problems) {
        super("Cannot import " + file + ": " + problems.get(0)
                + (problems.size() > 1 ? " (and " + more(problems.size() - 1) + ")" : "")
                + "; nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<String> problems() {
        return problems;
    }

    private static String more(int count) {
        return count == 1 ? "1 more problem" : count + " more problems";
    }
}
