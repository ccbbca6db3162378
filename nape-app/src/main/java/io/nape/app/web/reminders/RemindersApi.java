package io.nape.app.web.reminders;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import io.nape.app.notify.ReminderCommand;
import io.nape.app.notify.ReminderHub;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.plan.SnoozeLength;
import java.util.List;
import java.util.Map;

/**
 * Bring reminders to the open pages and take their answers: {@code GET /api/reminders/events} is a
 * stream of server-sent events ({@code ready} once, then {@code reminder} each time one fires and
 * {@code answered} when any page answers), and {@code POST /api/reminders/answer} hands the answer
 * to the running reminder loop, which applies it to the reminder waiting for one.
 */
public final class RemindersApi implements WebFeature {
    static final Map<String, ReminderCommand> ANSWERS = Map.of(
            "done", new ReminderCommand.Done(),
            "snooze-5", new ReminderCommand.Snooze(SnoozeLength.FIVE_MINUTES),
            "snooze-10", new ReminderCommand.Snooze(SnoozeLength.TEN_MINUTES),
            "snooze-15", new ReminderCommand.Snooze(SnoozeLength.FIFTEEN_MINUTES),
            "skip", new ReminderCommand.Skip());
    static final String ANSWER_KEYS = "done, snooze-5, snooze-10, snooze-15, skip";

    private final ReminderHub hub;

    public RemindersApi(ReminderHub hub) {
        this.hub = hub;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.sse("/api/reminders/events", this::listen);
        routes.post("/api/reminders/answer", this::answer);
    }

    private void listen(SseClient client) {
        client.keepAlive();
        ReminderHub.Listener listener = (event, json) -> {
            if (client.terminated()) {
                throw new IllegalStateException("the page has gone");
            }
            client.sendEvent(event, json);
        };
        client.onClose(() -> hub.unsubscribe(listener));
        hub.subscribe(listener);
        client.sendEvent("ready", "{\"running\":" + hub.running() + "}");
    }

    private void answer(Context ctx) {
        var body = JsonRequest.object(ctx, "{\"answer\": \"snooze-5\"}");
        JsonRequest.onlyFields(body, List.of("answer"));
        var answer = body.get("answer");
        ReminderCommand command = answer == null || !answer.isString() ? null : ANSWERS.get(answer.stringValue());
        if (command == null) {
            throw new BadRequestException("answer is not one of " + ANSWER_KEYS)
                    .withText("api.reminders.notAnAnswer", "keys", ANSWER_KEYS);
        }
        if (!hub.running()) {
            throw new HttpResponseException(
                    409, WebTexts.of(ctx).get("api.reminders.notRunning", "command", "./nape serve"));
        }
        hub.submit(command);
        hub.publish("answered", "{\"answer\":\"" + answer.stringValue() + "\"}");
        ctx.status(202).json(Map.of("answer", answer.stringValue()));
    }
}
