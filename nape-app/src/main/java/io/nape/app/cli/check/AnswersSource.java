package io.nape.app.cli.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Read the answers text from a file, or from standard input when the name is {@code -}. */
final class AnswersSource {
    static final String STANDARD_INPUT = "-";

    private AnswersSource() {}

    static String read(String name, InputStream standardInput) {
        if (name.equals(STANDARD_INPUT)) {
            try {
                return new String(standardInput.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                throw new AnswersNotReadableException(
                                "Cannot read the answers from standard input; give them in a file with --answers FILE.")
                        .withText("check.answersSource.stdinUnreadable");
            }
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException badName) {
            throw notFound(name);
        }
        if (!Files.exists(path)) {
            throw notFound(name);
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException unreadable) {
            throw new AnswersNotReadableException("Cannot read the answers file " + name
                            + "; check that it is a UTF-8 text file you may read, not a folder.")
                    .withText("check.answersSource.unreadable", "file", name);
        }
    }

    private static AnswersNotReadableException notFound(String name) {
        AnswersNotReadableException failure = new AnswersNotReadableException("No answers file at " + name
                + "; give the path of a JSON file, or - to read the answers from standard input.");
        failure.withText("check.answersSource.notFound", "file", name);
        return failure;
    }
}
