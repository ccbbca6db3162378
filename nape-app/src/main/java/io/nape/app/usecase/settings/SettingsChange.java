package io.nape.app.usecase.settings;

import io.nape.app.text.Phrase;
import io.nape.app.text.Texts;
import io.nape.core.plan.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Check changed settings together: every submitted value in at once, over the saved ones, so that
 * new work hours and a lunch inside them (a night shift 22:00–06:00 with its lunch) are saved in one
 * go whatever was saved before. When the whole does not fit, the message goes to the setting it
 * names (a changed one first); that value is put back as saved and the rest checked again, so that
 * each wrong value gets its own message, one per setting.
 */
public final class SettingsChange {
    static final String SOURCE = "settings";
    private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z]+)[\".]");

    private SettingsChange() {}

    /** The settings with every change in, or the reasons they do not fit, at least one. */
    public static Result apply(Settings current, ObjectNode changes) {
        ObjectNode saved = SettingsJson.toTree(current);
        ObjectNode merged = saved.deepCopy();
        List<String> keys = List.copyOf(saved.propertyNames());
        List<FieldError> errors = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        for (String key : changes.propertyNames()) {
            if (keys.contains(key)) {
                merged.set(key, changes.get(key));
                changed.add(key);
            } else {
                // The unknown name is what someone typed: it is neither quoted nor given back as the field.
                errors.add(new FieldError(
                        null,
                        List.of(Phrase.of("settings.problem.noSuchSetting", "settings", String.join(", ", keys)))));
            }
        }
        Set<String> reported = new HashSet<>();
        for (int attempt = 0; attempt <= keys.size(); attempt++) {
            SettingsFile.Reading reading = SettingsFile.check(merged.toString(), SOURCE, current.timeZone());
            Settings settings = reading.settings();
            if (settings != null) {
                return errors.isEmpty() ? new Result(settings, List.of()) : refused(errors, changes);
            }
            FieldError error = new FieldError(null, reading.problems());
            Optional<String> field = field(error.detail(Texts.english()), changed, keys, reported);
            errors.add(new FieldError(field.orElse(null), reading.problems()));
            if (field.isEmpty() || reported.contains(field.get()) || !changed.contains(field.get())) {
                break;
            }
            reported.add(field.get());
            merged.set(field.get(), saved.get(field.get()));
        }
        return refused(errors, changes);
    }

    /** The errors in the order of the fields in the request; one about no field comes last. */
    private static Result refused(List<FieldError> errors, ObjectNode changes) {
        List<String> order = List.copyOf(changes.propertyNames());
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(error -> {
            int index = error.field() == null ? -1 : order.indexOf(error.field());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        return new Result(null, sorted);
    }

    /** The setting a message is about: the first changed key it quotes not yet reported, else the first it quotes. */
    private static Optional<String> field(String detail, Set<String> changed, List<String> keys, Set<String> reported) {
        @Nullable String anyChanged = null;
        @Nullable String any = null;
        Matcher quoted = QUOTED.matcher(detail);
        while (quoted.find()) {
            String key = quoted.group(1);
            if (!keys.contains(key)) {
                continue;
            }
            if (changed.contains(key) && !reported.contains(key)) {
                return Optional.of(key);
            }
            if (anyChanged == null && changed.contains(key)) {
                anyChanged = key;
            }
            if (any == null) {
                any = key;
            }
        }
        return Optional.ofNullable(anyChanged != null ? anyChanged : any);
    }

    /** One refused setting and why, one phrase a problem; the field is null when the problems name none. */
    public record FieldError(@Nullable String field, List<Phrase> problems) {
        public FieldError {
            problems = List.copyOf(problems);
        }

        /** Why, in one language: each problem a sentence that starts with a capital letter. */
        public String detail(Texts texts) {
            List<String> sentences = new ArrayList<>();
            for (Phrase problem : problems) {
                String text = problem.in(texts);
                sentences.add(text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
            }
            return String.join(" ", sentences);
        }
    }

    /** Either the changed settings or why they do not fit. */
    public record Result(@Nullable Settings settings, List<FieldError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }
    }
}
