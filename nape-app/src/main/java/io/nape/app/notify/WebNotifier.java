package io.nape.app.notify;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.app.usecase.plan.BreakText;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.Notifier;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Reminder;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Show a reminder in every open page, as a server-sent event named {@code reminder}. With no page
 * open it does nothing: the other notifiers still reach the person.
 */
public final class WebNotifier implements Notifier {
    /** The event name pages listen for. */
    public static final String EVENT = "reminder";

    private final ReminderHub hub;

    public WebNotifier(ReminderHub hub) {
        this.hub = hub;
    }

    @Override
    public void show(Reminder reminder) {
        hub.publish(EVENT, Json.MAPPER.writeValueAsString(PageReminder.of(reminder)));
    }

    @Override
    public String name() {
        return "page";
    }

    /** Built with the first reminder, not while the server starts. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /**
     * A reminder as a page gets it.
     *
     * @param at the planned time with its UTC offset, such as {@code 2026-03-30T10:00+02:00}
     * @param lateMinutes how late a catch-up reminder is; 0 when on time
     * @param holds for a micro-break cut from the complex, what it holds in words, by language tag
     *     (the page takes its own, as every open page gets the same event); empty for a whole routine
     */
    record PageReminder(
            String headline,
            String kind,
            String routine,
            String level,
            int minutes,
            String at,
            int attempt,
            String firedAt,
            long lateMinutes,
            Map<String, String> holds) {
        static PageReminder of(Reminder reminder) {
            PlanEvent event = reminder.event();
            Map<String, String> holds = new LinkedHashMap<>();
            DeskBreak deskBreak = event.deskBreak();
            if (deskBreak != null) {
                for (Language language : Language.values()) {
                    holds.put(language.tag(), BreakText.of(deskBreak, Texts.of(language)));
                }
            }
            return new PageReminder(
                    reminder.headline(),
                    event.kind().name(),
                    event.routine().value(),
                    event.level().key(),
                    event.minutes(),
                    event.atText(),
                    reminder.attempt(),
                    reminder.firedAt().toString(),
                    reminder.lateBy().toMinutes(),
                    holds);
        }
    }
}
