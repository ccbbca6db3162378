package io.nape.app.cli.reminders;

import io.nape.app.cli.NapeCommand;
import io.nape.app.text.Language;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Silence the reminders for a while. */
@Command(name = "pause", mixinStandardHelpOptions = true)
public final class PauseCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LENGTH", descriptionKey = "length")
    String length;

    @Override
    public void run() {
        ZoneId zone = parent.wiring().settings().timeZone();
        Instant now = parent.wiring().clock().instant();
        Instant until = PauseLength.endOf(length, now, zone);
        parent.wiring().reminders().pauseUntil(until);
        PrintWriter out = spec.commandLine().getOut();
        DateTimeFormatter when = DateTimeFormatter.ofPattern(
                "EEE HH:mm",
                parent.texts().language() == Language.RUSSIAN ? parent.texts().locale() : Locale.UK);
        out.println(
                parent.texts().get("reminder.paused", "when", when.format(until.atZone(zone)), "zone", zone.getId()));
        out.flush();
    }
}
