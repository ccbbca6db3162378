package io.nape.app.web.settings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.settings.SettingsChange;
import io.nape.app.usecase.settings.SettingsJson;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.plan.InvalidSettingsException;
import io.nape.core.plan.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Show the plan settings as one form and store them all or none. The values are read as the command
 * line's {@code settings set} reads them and checked together, so a night shift with its lunch saves
 * in one submit; a message is shown next to the field it is about and names fields by their labels.
 */
public final class SettingsPages implements WebFeature {
    static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final String PREFIX = "settings set: ";
    /** Where a message that names no field goes: the note above the form. */
    static final String FORM = "form";
    /** The settings in the order of the form; each one's label is {@code settingspage.label.} and its key. */
    static final List<String> FIELDS = List.of(
            "workDays",
            "workStart",
            "workEnd",
            "lunch",
            "breakEveryMinutes",
            "morning",
            "evening",
            "level",
            "relaxationStart",
            "timeZone",
            "quietDays");

    private final PersonRecords records;

    public SettingsPages(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/settings", ctx -> render(ctx, values(records.settings()), Map.of(), false));
        routes.post("/settings", this::save);
    }

    private void save(Context ctx) {
        Map<String, String> typed = typed(ctx);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Settings> changed = apply(WebTexts.of(ctx), records.settings(), typed, errors);
        if (changed.isEmpty()) {
            ctx.status(400);
            render(ctx, typed, errors, false);
            return;
        }
        records.settingsRepository().save(changed.get());
        render(ctx, values(changed.get()), Map.of(), true);
    }

    /**
     * Check every typed value together ({@link SettingsChange}); the settings when all fit, else empty
     * with a message for each field that does not, naming fields as the page labels them.
     */
    static Optional<Settings> apply(Texts t, Settings current, Map<String, String> typed, Map<String, String> errors) {
        ObjectNode tree = SettingsJson.toTree(current);
        ObjectNode changes = tree.objectNode();
        for (Map.Entry<String, String> field : typed.entrySet()) {
            try {
                SettingsJson.putValue(tree, field.getKey(), field.getValue());
                changes.set(field.getKey(), tree.get(field.getKey()));
            } catch (InvalidSettingsException refused) {
                errors.put(field.getKey(), labelled(t, t.explain(refused)));
            }
        }
        SettingsChange.Result result = SettingsChange.apply(current, changes);
        for (SettingsChange.FieldError error : result.errors()) {
            errors.putIfAbsent(error.field() == null ? FORM : error.field(), labelled(t, error.detail()));
        }
        Settings settings = result.settings();
        return errors.isEmpty() && settings != null ? Optional.of(settings) : Optional.empty();
    }

    /** A message with each setting's key, such as {@code "workStart"}, replaced by its label on the page. */
    static String labelled(Texts t, @Nullable String message) {
        String text = readable(t, message);
        for (String field : FIELDS) {
            text = text.replace("\"" + field + "\"", t.get("settingspage.quoted", "label", label(t, field)));
        }
        return text;
    }

    /** A setting's label on the page, such as "Work starts". */
    static String label(Texts t, String field) {
        return t.get("settingspage.label." + field);
    }

    private static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String key : List.of("timeZone", "workStart", "workEnd", "lunch", "morning", "evening")) {
            typed.put(key, orNone(ctx.formParam(key), key.equals("lunch")));
        }
        List<String> days = ctx.formParams("workDays");
        typed.put("workDays", days.isEmpty() ? "none" : String.join(",", days));
        typed.put("breakEveryMinutes", orNone(ctx.formParam("breakEveryMinutes"), false));
        typed.put("quietDays", orNone(ctx.formParam("quietDays"), true));
        typed.put("level", orNone(ctx.formParam("level"), false));
        typed.put("relaxationStart", orNone(ctx.formParam("relaxationStart"), true));
        return typed;
    }

    private static String orNone(@Nullable String value, boolean emptyIsNone) {
        String text = value == null ? "" : value.trim();
        return text.isEmpty() && emptyIsNone ? "none" : text;
    }

    /** The settings as the form shows them: lists comma-separated, nothing as an empty field. */
    static Map<String, String> values(Settings settings) {
        ObjectNode tree = SettingsJson.toTree(settings);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : tree.propertyNames()) {
            values.put(key, plain(tree.get(key)));
        }
        return values;
    }

    private static String plain(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(",", items);
        }
        if (value.isObject()) {
            return value.get("start").asString() + "-" + value.get("end").asString();
        }
        return value.asString();
    }

    private static String readable(Texts t, @Nullable String message) {
        if (message == null) {
            return t.get("settingspage.error.unfit");
        }
        return String.join(
                " ",
                message.lines()
                        .map(line -> line.startsWith(PREFIX) ? line.substring(PREFIX.length()) : line)
                        .toList());
    }

    private static void render(Context ctx, Map<String, String> values, Map<String, String> errors, boolean saved) {
        Texts t = WebTexts.of(ctx);
        Map<String, String> shown = new HashMap<>(values);
        if ("none".equals(shown.get("lunch"))) {
            shown.put("lunch", "");
        }
        for (String key : List.of("quietDays", "relaxationStart")) {
            if ("none".equals(shown.get(key))) {
                shown.put(key, "");
            }
        }
        String days = shown.getOrDefault("workDays", "");
        PageRenderer.render(
                ctx,
                "settings/settings.jte",
                Map.of(
                        "page",
                        new SettingsPage(
                                t, shown, errors, days.equals("none") ? List.of() : List.of(days.split(",")), saved),
                        "language",
                        WebTexts.chosen(ctx).map(Language::tag).orElse("auto")));
    }

    /** The settings form: the values as shown, the message of each field that does not fit. */
    public record SettingsPage(
            Texts t, Map<String, String> values, Map<String, String> errors, List<String> workDays, boolean saved) {
        public SettingsPage {
            values = Map.copyOf(values);
            errors = Map.copyOf(errors);
            workDays = List.copyOf(workDays);
        }

        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        /** The field's label on the page, such as "Work starts". */
        public String label(String key) {
            return SettingsPages.label(t, key);
        }

        /** The hint under a field: the form it takes, with an example. */
        public String hint(String key) {
            return t.get("settingspage.hint." + key);
        }

        /** A work day's name on the page, such as "Mon". */
        public String dayName(String day) {
            return t.get("settingspage.day." + day);
        }

        public @Nullable String error(String key) {
            return errors.get(key);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public List<String> days() {
            return DAYS;
        }

        public boolean works(String day) {
            return workDays.contains(day);
        }
    }
}
