package io.nape.app.cli.diary;

import io.nape.app.cli.NapeCommand;
import io.nape.app.cli.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Record something in the diary; {@code log pain} is the one kind so far. */
@Command(name = "log", mixinStandardHelpOptions = true, subcommands = LogPainCommand.class)
public final class LogCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Override
    public void run() {
        throw new UsageException(parent.texts().get("diary.whatToLog"));
    }
}
