package io.nape.app.web.check;

import io.javalin.http.Context;
import io.nape.app.text.Texts;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Read the check's form strictly: every answer may be left out, but a number out of range or an
 * unknown choice is refused with a sentence for the field it belongs to. The answers are kept as
 * typed, so a refused form comes back filled in.
 */
final class CheckForm {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> signs;
    private final List<String> conditions;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Texts t;

    private CheckForm(Context ctx, Texts t) {
        this.t = t;
        for (String field : List.of("age", "painLevel", "daysSinceOnset", "worsening", "onset")) {
            String value = ctx.formParam(field);
            values.put(field, value == null ? "" : value.trim());
        }
        signs = ctx.formParams("sign");
        conditions = ctx.formParams("condition");
    }

    /** An empty form. */
    static CheckView blank() {
        return new CheckView(Map.of(), List.of(), List.of(), Map.of());
    }

    static CheckForm read(Context ctx, Texts t) {
        return new CheckForm(ctx, t);
    }

    /** The report, or empty when a field has an error (see {@link #view()}). */
    Optional<SymptomReport> report() {
        SymptomReport.Builder report = SymptomReport.builder()
                .age(wholeNumber("age", SymptomReport.MAX_AGE, "checkpage.error.age"))
                .painLevel(wholeNumber("painLevel", SymptomReport.MAX_PAIN, "checkpage.error.painLevel"))
                .daysSinceOnset(days())
                .worsening(worsening());
        String onset = value("onset");
        if (!onset.isEmpty()) {
            Optional<Onset> found = Onset.fromKey(onset);
            found.ifPresentOrElse(report::onset, () -> errors.put("onset", t.get("checkpage.error.onset")));
        }
        report.signs(choices("sign", signs, Sign::fromKey));
        report.conditions(choices("condition", conditions, Condition::fromKey));
        return errors.isEmpty() ? Optional.of(report.build()) : Optional.empty();
    }

    /** A field as typed, trimmed; empty when it was not sent. */
    private String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The form as typed, with the errors found. */
    CheckView view() {
        return new CheckView(values, signs, conditions, errors);
    }

    private @Nullable Integer wholeNumber(String field, int max, String errorKey) {
        String text = value(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        errors.put(field, t.get(errorKey, "max", max));
        return null;
    }

    private @Nullable Double days() {
        String text = value("daysSinceOnset");
        if (text.isEmpty()) {
            return null;
        }
        try {
            double days = Double.parseDouble(text.replace(',', '.'));
            if (Double.isFinite(days) && days >= 0 && days <= SymptomReport.MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        errors.put("daysSinceOnset", t.get("checkpage.error.days"));
        return null;
    }

    private @Nullable Boolean worsening() {
        switch (value("worsening")) {
            case "":
            case "unsure":
                return null;
            case "yes":
                return true;
            case "no":
                return false;
            default:
                errors.put("worsening", t.get("checkpage.error.worsening"));
                return null;
        }
    }

    private <T> List<T> choices(String field, List<String> keys, Function<String, Optional<T>> lookup) {
        List<T> found = new ArrayList<>();
        for (String key : keys) {
            Optional<T> choice = lookup.apply(key);
            if (choice.isEmpty()) {
                errors.put(field, t.get("checkpage.error.unknownBox"));
            }
            choice.ifPresent(found::add);
        }
        return found;
    }

    /**
     * The form's answers as typed and the error of each field, by field name.
     *
     * @param signs the keys of the signs ticked
     * @param conditions the keys of the conditions ticked
     */
    public record CheckView(
            Map<String, String> values, List<String> signs, List<String> conditions, Map<String, String> errors) {
        public CheckView {
            values = Map.copyOf(values);
            signs = List.copyOf(signs);
            conditions = List.copyOf(conditions);
            errors = Map.copyOf(errors);
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public @Nullable String error(String field) {
            return errors.get(field);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public boolean tickedSign(String key) {
            return signs.contains(key);
        }

        public boolean tickedCondition(String key) {
            return conditions.contains(key);
        }
    }
}
