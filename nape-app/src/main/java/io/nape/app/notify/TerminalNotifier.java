package io.nape.app.notify;

import io.nape.app.text.Texts;
import io.nape.core.plan.Notifier;
import io.nape.core.plan.Reminder;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Show a reminder as one line in the terminal that runs the loop, with a bell. */
public final class TerminalNotifier implements Notifier {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final PrintWriter out;
    private final ZoneId zone;
    private final Texts texts;

    public TerminalNotifier(PrintWriter out, ZoneId zone, Texts texts) {
        this.out = out;
        this.zone = zone;
        this.texts = texts;
    }

    @Override
    public void show(Reminder reminder) {
        String time = TIME.format(reminder.firedAt().atZone(zone));
        String headline = ReminderWords.headline(texts, reminder);
        String prompt = reminder.lateBy().toMinutes() > 0
                ? texts.get(
                        "reminder.promptLate",
                        "time",
                        time,
                        "headline",
                        headline,
                        "planned",
                        TIME.format(reminder.event().at()))
                : texts.get("reminder.prompt", "time", time, "headline", headline);
        out.println("\007" + prompt);
        out.flush();
    }

    @Override
    public String name() {
        return "terminal";
    }
}
