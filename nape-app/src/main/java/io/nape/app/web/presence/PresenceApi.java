package io.nape.app.web.presence;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.notify.ReminderHub;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.WebFeature;
import io.nape.core.presence.PresenceReading;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Let the open pages say whether the person is at them: {@code POST /api/presence} takes a report
 * ({@code page}, a name the page gives itself, {@code visible}, {@code idleSeconds} since its last
 * input), sent by each page at most once a minute, and answers as the other does; {@code GET /api/presence} says where the reminders see the person now.
 */
public final class PresenceApi implements WebFeature {
    /** The longest time since input a page may report: a day. */
    static final int MAX_IDLE_SECONDS = 86_400;

    private static final String EXAMPLE = "{\"page\": \"3f9c\", \"visible\": true, \"idleSeconds\": 12}";
    /** The longest name a page may give itself. */
    static final int MAX_PAGE_LENGTH = 64;

    private final ReminderHub hub;
    private final Clock clock;

    public PresenceApi(ReminderHub hub, Clock clock) {
        this.hub = hub;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/presence", this::report);
        routes.get("/api/presence", this::show);
    }

    private void report(Context ctx) {
        JsonNode body = JsonRequest.object(ctx, EXAMPLE);
        JsonRequest.onlyFields(body, List.of("page", "visible", "idleSeconds"));
        JsonNode page = body.get("page");
        JsonNode visible = body.get("visible");
        JsonNode idle = body.get("idleSeconds");
        if (visible == null || !visible.isBoolean()) {
            throw new BadRequestException("visible must be true or false")
                    .withText("api.presence.visible", "example", EXAMPLE);
        }
        if (idle == null
                || !idle.canConvertToExactIntegral()
                || !idle.canConvertToInt()
                || idle.intValue() < 0
                || idle.intValue() > MAX_IDLE_SECONDS) {
            throw new BadRequestException("idleSeconds must be a whole number from 0 to " + MAX_IDLE_SECONDS)
                    .withText("api.presence.idleSeconds", "max", MAX_IDLE_SECONDS, "example", EXAMPLE);
        }
        String name = page == null ? "" : page.isString() ? page.stringValue() : "\u0000";
        if ((page != null && name.isEmpty())
                || name.length() > MAX_PAGE_LENGTH
                || !name.chars().allMatch(c -> c >= 0x21 && c < 0x7f)) {
            throw new BadRequestException("page must be a short name of visible ASCII characters")
                    .withText("api.presence.page", "max", MAX_PAGE_LENGTH, "example", EXAMPLE);
        }
        hub.pagePresence().report(name, visible.booleanValue(), Duration.ofSeconds(idle.intValue()), clock.instant());
        ctx.status(202);
        show(ctx);
    }

    private void show(Context ctx) {
        PresenceReading reading = hub.presence(clock.instant());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", reading.state().key());
        json.put("since", reading.since().toString());
        json.put("sensor", reading.sensor());
        ctx.json(json);
    }
}
