package io.nape.app.cli.routines;

import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.catalogue.ExerciseView;
import io.nape.app.usecase.catalogue.Keys;
import io.nape.app.usecase.catalogue.RoutineSummary;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** List the routines, or every exercise. */
@Command(name = "routines", mixinStandardHelpOptions = true)
public final class RoutinesCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--exercises")
    boolean exercises;

    @Override
    public void run() {
        Texts texts = parent.texts();
        Catalogue catalogue = parent.wiring().catalogue(texts.language());
        PrintWriter out = spec.commandLine().getOut();
        if (exercises) {
            printExercises(catalogue, out, texts);
            return;
        }
        List<RoutineSummary> summaries = catalogue.routines().stream()
                .map(routine -> RoutineSummary.of(routine, catalogue))
                .toList();
        if (json) {
            JsonOutput.print(out, summaries);
            return;
        }
        out.printf(
                Locale.ROOT,
                "%-20s %-36s %8s  %s%n",
                texts.get("routines.heading.routine"),
                texts.get("routines.heading.name"),
                texts.get("routines.heading.minutes"),
                texts.get("routines.heading.exercises"));
        for (RoutineSummary summary : summaries) {
            out.printf(
                    Locale.ROOT,
                    "%-20s %-36s %8s  %d%n",
                    summary.id(),
                    summary.name(),
                    RoutineSummary.minutes(summary.lengthMs().standard()),
                    summary.exercises().size());
        }
        out.println();
        out.println(texts.get("routines.hint"));
    }

    private void printExercises(Catalogue catalogue, PrintWriter out, Texts texts) {
        if (json) {
            JsonOutput.print(
                    out, catalogue.exercises().stream().map(ExerciseView::of).toList());
            return;
        }
        out.printf(
                Locale.ROOT,
                "%-30s %-18s %s%n",
                texts.get("routines.heading.exercise"),
                texts.get("routines.heading.part"),
                texts.get("routines.heading.name"));
        for (Exercise exercise : catalogue.exercises()) {
            out.printf(Locale.ROOT, "%-30s %-18s %s%n", exercise.id(), Keys.of(exercise.part()), exercise.name());
        }
    }
}
