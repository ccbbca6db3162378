package io.nape.app.web.reminders;

import io.nape.app.text.Texts;
import io.nape.app.web.WebTexts;
import io.nape.core.plan.EventKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words of the reminder banner that every page shows, for its script: its own and each kind of event. */
public final class ReminderBannerTexts {
    private ReminderBannerTexts() {}

    /** The banner's words in this language as a JSON object, for a data attribute of the page. */
    public static String json(Texts t) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (EventKind kind : EventKind.values()) {
            kinds.put("kind." + kind.name(), WebTexts.shared(t, "event.kind." + kind.name(), kind.label()));
        }
        return WebTexts.script(t, "remindersbanner.", kinds);
    }
}
