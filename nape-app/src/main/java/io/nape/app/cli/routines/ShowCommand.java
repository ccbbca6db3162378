package io.nape.app.cli.routines;

import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.usecase.catalogue.DosageText;
import io.nape.app.usecase.catalogue.ExerciseView;
import io.nape.app.usecase.catalogue.Keys;
import io.nape.app.usecase.catalogue.RoutineSummary;
import io.nape.app.usecase.catalogue.RoutineView;
import io.nape.core.NapeException;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineItem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Show one routine or exercise in full. */
@Command(name = "show", mixinStandardHelpOptions = true)
public final class ShowCommand implements Runnable {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Parameters(paramLabel = "ID", descriptionKey = "id")
    @SuppressWarnings("NullAway.Init")
    String id;

    @Option(names = "--json")
    boolean json;

    @Override
    public void run() {
        Catalogue catalogue = parent.wiring().catalogue();
        PrintWriter out = spec.commandLine().getOut();
        Optional<Routine> routine = catalogue.findRoutine(id);
        if (routine.isPresent()) {
            showRoutine(routine.get(), catalogue, out);
            return;
        }
        Exercise exercise = catalogue
                .findExercise(id)
                .orElseThrow(
                        () -> new NapeException(
                                "No routine or exercise named \"" + id
                                        + "\". Run './nape routines' for the routines or './nape routines --exercises' for every exercise."));
        if (json) {
            JsonOutput.print(out, ExerciseView.of(exercise));
        } else {
            showExercise(exercise, exercise.dosage().repetitions().toString(), out);
        }
    }

    private void showRoutine(Routine routine, Catalogue catalogue, PrintWriter out) {
        RoutineSummary summary = RoutineSummary.of(routine, catalogue);
        if (json) {
            JsonOutput.print(out, new RoutineView(summary, routine.restSeconds(), routine.notes()));
            return;
        }
        out.println(routine.name() + " (" + routine.id() + ")");
        if (!routine.summary().isBlank()) {
            out.println(routine.summary());
        }
        out.printf(
                Locale.ROOT,
                "Length: %s gentle, %s standard, %s full (minutes:seconds)%n%n",
                RoutineSummary.minutes(summary.lengthMs().gentle()),
                RoutineSummary.minutes(summary.lengthMs().standard()),
                RoutineSummary.minutes(summary.lengthMs().full()));
        int number = 1;
        for (RoutineItem item : routine.items()) {
            Exercise exercise = catalogue.getExercise(item.exercise());
            out.printf(
                    Locale.ROOT,
                    "%2d. %-34s %s%n",
                    number++,
                    exercise.name(),
                    DosageText.of(exercise, item.dosageOf(exercise)));
        }
        printNotes(routine.notes(), out);
        out.println();
        out.println("Start it with './nape start " + routine.id() + "'.");
    }

    private static void showExercise(Exercise exercise, String repetitions, PrintWriter out) {
        out.println(exercise.name() + " (" + exercise.id() + ")");
        out.println("Part: " + Keys.of(exercise.part()) + (exercise.number() > 0 ? " #" + exercise.number() : "")
                + "   Position: " + Keys.of(exercise.position())
                + (exercise.equipment().isEmpty()
                        ? ""
                        : "   Needs: " + String.join(", ", Keys.of(exercise.equipment()))));
        if (exercise.isTimed()) {
            out.println("Dosage: " + DosageText.of(exercise, exercise.dosage()) + "; breathing: "
                    + Keys.of(exercise.dosage().breathing()));
        }
        out.println();
        int number = 1;
        for (String step : exercise.steps()) {
            out.printf(Locale.ROOT, "%2d. %s%n", number++, step);
        }
        printNotes(exercise.notes(), out);
    }

    private static void printNotes(List<String> notes, PrintWriter out) {
        if (notes.isEmpty()) {
            return;
        }
        out.println();
        out.println("Notes:");
        notes.forEach(note -> out.println("  - " + note));
    }
}
