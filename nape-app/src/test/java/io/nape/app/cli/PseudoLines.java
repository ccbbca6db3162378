package io.nape.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/** Check output in the pseudo-language: a line with words of Nape's own comes from a bundle. */
public final class PseudoLines {
    /** A line of ids, paths, numbers and times only: nothing a bundle would hold. */
    private static final Pattern IDS_ONLY = Pattern.compile("[\\p{Digit}\\s/._:\\-'\\[\\](),;=+]*|[\\w./\\-]+");

    private PseudoLines() {}

    /** Every line that has letters also has a bracket, unless it is only ids and numbers. */
    public static void assertEveryLineBracketed(String output) {
        List<String> unbracketed = output.lines()
                .filter(line -> line.chars().anyMatch(Character::isLetter))
                .filter(line -> !IDS_ONLY.matcher(line.trim()).matches())
                .filter(line -> !line.contains("["))
                .toList();
        assertThat(unbracketed).as("lines without brackets in:%n%s", output).isEmpty();
    }
}
