package io.nape.app.cli.reminders;

import io.nape.app.cli.NapeCommand;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** End a pause of the reminders. */
@Command(name = "resume", mixinStandardHelpOptions = true)
public final class ResumeCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        boolean wasPaused = parent.wiring()
                .reminders()
                .pausedUntil()
                .filter(until -> until.isAfter(parent.wiring().clock().instant()))
                .isPresent();
        parent.wiring().reminders().resume();
        PrintWriter out = spec.commandLine().getOut();
        out.println(parent.texts().get(wasPaused ? "reminder.resumed" : "reminder.notPaused"));
        out.flush();
    }
}
