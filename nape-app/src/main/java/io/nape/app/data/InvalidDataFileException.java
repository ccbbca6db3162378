package io.nape.app.data;

import io.nape.app.text.Texts;
import io.nape.core.NapeException;
import java.util.List;

/**
 * Say that an import file is not right, naming the first record and field at fault and what is
 * allowed there, and how many other problems there are. Values from the file are never quoted: they
 * may be health data.
 */
public final class InvalidDataFileException extends NapeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** The problems, in file order, told in the language of {@code texts}. */
    InvalidDataFileException(String file, List<Problem> problems, Texts texts) {
        super("cannot import " + file + ": " + problems.get(0).in(Texts.english()) + " (" + problems.size()
                + " problems in all)");
        this.problems = problems.stream().map(problem -> problem.in(texts)).toList();
        withText("data.invalidFile", "file", file, "problem", this.problems.get(0), "more", problems.size() - 1);
    }

    /** Every problem found, in file order, in the language the exception was made for. */
    public List<String> problems() {
        return problems;
    }
}
