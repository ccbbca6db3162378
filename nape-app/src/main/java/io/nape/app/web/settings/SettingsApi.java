package io.nape.app.web.settings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.settings.SettingsChange;
import io.nape.app.usecase.settings.SettingsChange.FieldError;
import io.nape.app.usecase.settings.SettingsJson;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.Problem;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.plan.Settings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Show and change the plan settings in the settings-file format. A change is a JSON object with the
 * keys to change; keys left out keep their value. The changes are checked together with the values
 * kept, by the same strict reader as a settings file, so a night shift and a lunch inside it go in one
 * request; a refusal names the field it is about: the problem document carries {@code field} (the
 * first) and {@code errors} (every field with its sentence).
 */
public final class SettingsApi implements WebFeature {
    static final String EXAMPLE = "{\"workStart\": \"09:00\", \"workEnd\": \"18:00\"}";

    private final PersonRecords records;

    public SettingsApi(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/settings", ctx -> ctx.json(SettingsJson.toTree(records.settings())));
        routes.put("/api/settings", this::change);
    }

    private void change(Context ctx) {
        JsonNode changes = JsonRequest.object(ctx, EXAMPLE);
        SettingsChange.Result result = SettingsChange.apply(records.settings(), (ObjectNode) changes);
        Settings changed = result.settings();
        if (changed != null) {
            records.settingsRepository().save(changed);
            ctx.json(SettingsJson.toTree(changed));
            return;
        }
        List<FieldError> errors = result.errors();
        FieldError first = errors.get(0);
        SettingsProblem problem = new SettingsProblem(
                "about:blank", WebTexts.of(ctx).get("problem.title.400"), 400, first.detail(), first.field(), errors);
        ctx.status(400)
                .contentType(Problem.CONTENT_TYPE)
                .result(ctx.jsonMapper()
                        .toJsonString(problem, SettingsProblem.class)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** A problem document with the fields it is about, for a form to show each message by its field. */
    record SettingsProblem(
            String type,
            String title,
            int status,
            String detail,
            @Nullable String field,
            List<FieldError> errors) {}
}
