package io.nape.app.cli.check;

import io.nape.app.usecase.check.SignGroups;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Ask the check's questions one screen at a time, in plain words, and build the report. Enter
 * skips a question; an answer that does not fit is asked again with a hint.
 */
public final class Questionnaire {

    private static final String SKIP = "Press Enter to skip.";

    private final BufferedReader in;
    private final PrintWriter out;

    Questionnaire(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    SymptomReport ask() {
        out.println("A few questions about your neck, one at a time. Answer for how things are now.");
        SymptomReport.Builder report = SymptomReport.builder()
                .age(number("How old are you? Type your age in years. " + SKIP, 0, SymptomReport.MAX_AGE))
                .painLevel(number(
                        "How bad is your neck pain right now, from 0 (none) to 10 (the worst you can imagine)? " + SKIP,
                        0,
                        SymptomReport.MAX_PAIN))
                .daysSinceOnset(days())
                .worsening(yesOrNo("Is the pain getting worse? Type y for yes or n for no. " + SKIP));
        onset().ifPresent(report::onset);
        for (SignGroups.SignGroup group : SignGroups.ALL) {
            report.signs(choose(group.title() + ": do you have any of these now?", group.signs(), Sign::label));
        }
        report.conditions(
                choose("Your health: does any of these apply to you?", List.of(Condition.values()), Condition::label));
        out.println();
        out.flush();
        return report.build();
    }

    private @Nullable Integer number(String question, int min, int max) {
        while (true) {
            String answer = ask(question);
            if (answer.isEmpty()) {
                return null;
            }
            Integer value = wholeNumber(answer);
            if (value != null && value >= min && value <= max) {
                return value;
            }
            out.println("Please type a whole number from " + min + " to " + max + ", or press Enter to skip.");
        }
    }

    private @Nullable Double days() {
        while (true) {
            String answer = ask("How many days ago did this neck pain start? Type 0 if it began today. " + SKIP);
            if (answer.isEmpty()) {
                return null;
            }
            Double value = decimal(answer.replace(',', '.'));
            if (value != null && Double.isFinite(value) && value >= 0 && value <= SymptomReport.MAX_DAYS) {
                return value;
            }
            out.println("Please type a number of days, such as 0, 1.5 or 3, or press Enter to skip.");
        }
    }

    private @Nullable Boolean yesOrNo(String question) {
        while (true) {
            String answer = ask(question).toLowerCase(Locale.ROOT);
            if (answer.isEmpty()) {
                return null;
            }
            if (answer.equals("y") || answer.equals("yes")) {
                return true;
            }
            if (answer.equals("n") || answer.equals("no")) {
                return false;
            }
            out.println("Please type y or n, or press Enter to skip.");
        }
    }

    private Optional<Onset> onset() {
        List<Onset> onsets = List.of(Onset.values());
        StringBuilder question = new StringBuilder("How did the pain start?");
        for (int index = 0; index < onsets.size(); index++) {
            question.append("\n  ")
                    .append(index + 1)
                    .append(". ")
                    .append(onsets.get(index).label());
        }
        question.append("\nType one number. ").append(SKIP);
        while (true) {
            String answer = ask(question.toString());
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            List<Integer> picked = numbers(answer, onsets.size());
            if (picked != null && picked.size() == 1) {
                return Optional.of(onsets.get(picked.get(0) - 1));
            }
            out.println("Please type one number from 1 to " + onsets.size() + ", or press Enter to skip.");
        }
    }

    private <T> List<T> choose(String title, List<T> choices, Function<T, String> label) {
        StringBuilder question = new StringBuilder(title);
        for (int index = 0; index < choices.size(); index++) {
            question.append("\n  ").append(index + 1).append(". ").append(label.apply(choices.get(index)));
        }
        question.append("\nType the numbers of all that apply, such as 1 3, or press Enter for none.");
        while (true) {
            List<Integer> picked = numbers(ask(question.toString()), choices.size());
            if (picked != null) {
                return picked.stream().map(number -> choices.get(number - 1)).toList();
            }
            out.println("Please type numbers from 1 to " + choices.size() + " with spaces between them,"
                    + " or press Enter for none.");
        }
    }

    private static @Nullable List<Integer> numbers(String answer, int max) {
        List<Integer> picked = new ArrayList<>();
        for (String word : answer.split("[\\s,]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Integer number = wholeNumber(word);
            if (number == null || number < 1 || number > max) {
                return null;
            }
            picked.add(number);
        }
        return picked;
    }

    private static @Nullable Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static @Nullable Double decimal(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private String ask(String question) {
        out.println();
        out.println(question);
        out.print("> ");
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                throw new CheckAbandonedException();
            }
            return line.trim();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
