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
 * Let the open page say whether the person is at it: {@code POST /api/presence} takes a report
 * ({@code visible}, {@code idleSeconds} since the page's last input), sent by the page at most once
 * a minute, and answers as the other does; {@code GET /api/presence} says where the reminders see the person now.
 */
public final class PresenceApi implements WebFeature {
    /** The longest time since input a page may report: a day. */
    static final int MAX_IDLE_SECONDS = 86_400;

    private static final String EXAMPLE = "{\"visible\": true, \"idleSeconds\": 12}";

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
        JsonRequest.onlyFields(body, List.of("visible", "idleSeconds"));
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
        hub.pagePresence().report(visible.booleanValue(), Duration.ofSeconds(idle.intValue()), clock.instant());
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
