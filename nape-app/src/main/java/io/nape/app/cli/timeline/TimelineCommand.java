package io.nape.app.cli.timeline;

import io.nape.app.cli.LevelOption;
import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.timeline.TimelineView;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Routine;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Print a routine's timeline. */
@Command(name = "timeline", mixinStandardHelpOptions = true)
public final class TimelineCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROUTINE", descriptionKey = "routine")
    String routineId;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "standard")
    String level = "standard";

    @Option(names = "--json")
    boolean json;

    @Override
    public void run() {
        Texts texts = parent.texts();
        Catalogue catalogue = parent.wiring().catalogue(texts.language());
        Routine routine = catalogue.getRoutine(routineId);
        Timeline timeline = Timeline.expand(routine, catalogue, LevelOption.parse(level));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, TimelineView.of(timeline));
            return;
        }
        for (Phase phase : timeline.phases()) {
            out.printf(
                    Locale.ROOT,
                    "%9s  %7s  %-11s %-28s %s%n",
                    seconds(phase.atMs(), texts),
                    seconds(phase.durationMs(), texts),
                    texts.get("start.phase." + phase.kind().name()),
                    phase.exercise()
                            + (phase.side() == null
                                    ? ""
                                    : " "
                                            + texts.get("timeline.side."
                                                    + phase.side().name())),
                    phase.cue());
        }
        out.println(texts.get(
                "timeline.total", "seconds", String.format(Locale.ROOT, "%.1f", timeline.totalMs() / 1000.0)));
    }

    /** Milliseconds as seconds with one decimal and the unit of the language: "13.0 s". */
    private static String seconds(long milliseconds, Texts texts) {
        return texts.get("timeline.seconds", "seconds", String.format(Locale.ROOT, "%.1f", milliseconds / 1000.0));
    }
}
