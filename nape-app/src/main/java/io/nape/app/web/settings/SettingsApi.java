package io.nape.app.web.settings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.Wiring;
import io.nape.app.cli.plan.SettingsFile;
import io.nape.app.cli.settings.SettingsJson;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.Problem;
import io.nape.app.web.WebFeature;
import io.nape.core.plan.InvalidSettingsException;
import io.nape.core.plan.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Show and change the plan settings in the settings-file format. A change is a JSON object with the
 * keys to change; keys left out keep their value. Each key is checked on its own by the same strict
 * reader as a settings file, then the whole, so a refusal names the field it is about: the problem
 * document carries {@code field} (the first) and {@code errors} (every field with its sentence).
 */
public final class SettingsApi implements WebFeature {
    static final String EXAMPLE = "{\"workStart\": \"09:00\", \"workEnd\": \"18:00\"}";
    private static final String SOURCE = "settings";
    private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z]+)[\".]");

    private final Wiring wiring;

    public SettingsApi(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/settings", ctx -> ctx.json(SettingsJson.toTree(wiring.settings())));
        routes.put("/api/settings", this::change);
    }

    private void change(Context ctx) {
        JsonNode changes = JsonRequest.object(ctx, EXAMPLE);
        Settings current = wiring.settings();
        ObjectNode merged = SettingsJson.toTree(current);
        List<String> keys = List.copyOf(merged.propertyNames());
        List<FieldError> errors = new ArrayList<>();
        for (String key : changes.propertyNames()) {
            if (!keys.contains(key)) {
                errors.add(new FieldError(
                        null, "There is no such setting; the settings are " + String.join(", ", keys) + "."));
                continue;
            }
            ObjectNode alone = SettingsJson.toTree(current);
            alone.set(key, changes.get(key));
            try {
                SettingsFile.parse(alone.toString(), SOURCE, current.timeZone());
            } catch (InvalidSettingsException wrong) {
                errors.add(new FieldError(key, sentence(wrong)));
            }
            merged.set(key, changes.get(key));
        }
        if (errors.isEmpty()) {
            try {
                Settings changed = SettingsFile.parse(merged.toString(), SOURCE, current.timeZone());
                wiring.settingsRepository().save(changed);
                ctx.json(SettingsJson.toTree(changed));
                return;
            } catch (InvalidSettingsException wrong) {
                String detail = sentence(wrong);
                errors.add(new FieldError(field(detail, changes, keys), detail));
            }
        }
        FieldError first = errors.get(0);
        SettingsProblem problem = new SettingsProblem(
                "about:blank", "Bad request", 400, first.detail(), first.field(), List.copyOf(errors));
        ctx.status(400)
                .contentType(Problem.CONTENT_TYPE)
                .result(ctx.jsonMapper().toJsonString(problem, SettingsProblem.class));
    }

    /** The reader's message without its source prefix, its lines joined into one sentence. */
    private static String sentence(InvalidSettingsException wrong) {
        String message = String.valueOf(wrong.getMessage());
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\n")) {
            String text = line.startsWith(SOURCE + ": ") ? line.substring(SOURCE.length() + 2) : line;
            lines.add(text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
        }
        return String.join(" ", lines);
    }

    /** The setting a whole-document message is about: the first key it quotes, preferring a changed one. */
    private static @Nullable String field(String detail, JsonNode changes, List<String> keys) {
        String any = null;
        Matcher quoted = QUOTED.matcher(detail);
        while (quoted.find()) {
            String key = quoted.group(1);
            if (changes.has(key)) {
                return key;
            }
            if (any == null && keys.contains(key)) {
                any = key;
            }
        }
        return any;
    }

    /** One refused setting and why. */
    record FieldError(@Nullable String field, String detail) {}

    /** A problem document with the fields it is about, for a form to show each message by its field. */
    record SettingsProblem(
            String type,
            String title,
            int status,
            String detail,
            @Nullable String field,
            List<FieldError> errors) {}
}
