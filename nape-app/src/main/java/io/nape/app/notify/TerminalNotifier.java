package io.nape.app.notify;

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

    public TerminalNotifier(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    @Override
    public void show(Reminder reminder) {
        String late = reminder.lateBy().toMinutes() > 0
                ? " (planned for " + TIME.format(reminder.event().at()) + ")"
                : "";
        out.println("\007[" + TIME.format(reminder.firedAt().atZone(zone)) + "] " + reminder.headline() + late
                + ". Type d to start, s5/s10/s15 to snooze, k to skip.");
        out.flush();
    }

    @Override
    public String name() {
        return "terminal";
    }
}
