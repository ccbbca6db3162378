package io.nape.app.cli.check;

import io.nape.app.text.Texts;
import io.nape.app.usecase.check.SignGroups;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Onset;
import io.nape.core.safety.SymptomReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Ask the check's questions one screen at a time, in plain words, and build the report. Enter
 * skips a question; an answer that does not fit is asked again with a hint.
 */
public final class Questionnaire {

    /** The answers that mean yes and no, in every language Nape speaks. */
    private static final Set<String> YES = Set.of("y", "yes", "д", "да");

    private static final Set<String> NO = Set.of("n", "no", "н", "нет");

    private final BufferedReader in;
    private final PrintWriter out;
    private final Texts texts;

    Questionnaire(BufferedReader in, PrintWriter out, Texts texts) {
        this.in = in;
        this.out = out;
        this.texts = texts;
    }

    SymptomReport ask() {
        out.println(texts.get("check.ask.intro"));
        SymptomReport.Builder report = SymptomReport.builder()
                .age(number(skippable("check.ask.age"), 0, SymptomReport.MAX_AGE))
                .painLevel(number(skippable("check.ask.pain"), 0, SymptomReport.MAX_PAIN))
                .daysSinceOnset(days())
                .worsening(yesOrNo(skippable("check.ask.worsening")));
        onset().ifPresent(report::onset);
        for (SignGroups.SignGroup group : SignGroups.ALL) {
            report.signs(choose(
                    texts.get("check.ask.signs", "group", texts.get(group.textKey())),
                    group.signs(),
                    sign -> texts.get("safety.sign." + sign.name())));
        }
        report.conditions(choose(
                texts.get("check.ask.conditions"),
                List.of(Condition.values()),
                condition -> texts.get("safety.condition." + condition.name())));
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
            out.println(texts.get("check.retry.number", "min", min, "max", max));
        }
    }

    private @Nullable Double days() {
        while (true) {
            String answer = ask(skippable("check.ask.days"));
            if (answer.isEmpty()) {
                return null;
            }
            Double value = decimal(answer.replace(',', '.'));
            if (value != null && Double.isFinite(value) && value >= 0 && value <= SymptomReport.MAX_DAYS) {
                return value;
            }
            out.println(texts.get("check.retry.days"));
        }
    }

    private @Nullable Boolean yesOrNo(String question) {
        while (true) {
            String answer = ask(question).toLowerCase(Locale.ROOT);
            if (answer.isEmpty()) {
                return null;
            }
            if (YES.contains(answer)) {
                return true;
            }
            if (NO.contains(answer)) {
                return false;
            }
            out.println(texts.get("check.retry.yesOrNo"));
        }
    }

    private Optional<Onset> onset() {
        List<Onset> onsets = List.of(Onset.values());
        StringBuilder question = new StringBuilder(texts.get("check.ask.onset"));
        for (int index = 0; index < onsets.size(); index++) {
            question.append("\n  ")
                    .append(index + 1)
                    .append(". ")
                    .append(texts.get("safety.onset." + onsets.get(index).name()));
        }
        question.append('\n').append(skippable("check.ask.oneNumber"));
        while (true) {
            String answer = ask(question.toString());
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            List<Integer> picked = numbers(answer, onsets.size());
            if (picked != null && picked.size() == 1) {
                return Optional.of(onsets.get(picked.get(0) - 1));
            }
            out.println(texts.get("check.retry.oneNumber", "max", onsets.size()));
        }
    }

    private <T> List<T> choose(String title, List<T> choices, Function<T, String> label) {
        StringBuilder question = new StringBuilder(title);
        for (int index = 0; index < choices.size(); index++) {
            question.append("\n  ").append(index + 1).append(". ").append(label.apply(choices.get(index)));
        }
        question.append('\n').append(texts.get("check.ask.numbers"));
        while (true) {
            List<Integer> picked = numbers(ask(question.toString()), choices.size());
            if (picked != null) {
                return picked.stream().map(number -> choices.get(number - 1)).toList();
            }
            out.println(texts.get("check.retry.numbers", "max", choices.size()));
        }
    }

    /** A question followed by how to skip it. */
    private String skippable(String key) {
        return texts.get(key) + " " + texts.get("check.ask.skip");
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
