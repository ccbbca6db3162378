package io.nape.app.cli.routines;

import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.catalogue.DosageText;
import io.nape.app.usecase.catalogue.ExerciseView;
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
import java.util.stream.Collectors;
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
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", descriptionKey = "id")
    String id;

    @Option(names = "--json")
    boolean json;

    @Override
    public void run() {
        Texts texts = parent.texts();
        Catalogue catalogue = parent.wiring().catalogue(texts.language());
        PrintWriter out = spec.commandLine().getOut();
        Optional<Routine> routine = catalogue.findRoutine(id);
        if (routine.isPresent()) {
            showRoutine(routine.get(), catalogue, out, texts);
            return;
        }
        Exercise exercise = catalogue.findExercise(id).orElseThrow(() -> new NapeException(
                        "No routine or exercise named \"" + id + "\"")
                .withText("routines.notFound", "id", id));
        if (json) {
            JsonOutput.print(out, ExerciseView.of(exercise));
        } else {
            showExercise(exercise, out, texts);
        }
    }

    private void showRoutine(Routine routine, Catalogue catalogue, PrintWriter out, Texts texts) {
        RoutineSummary summary = RoutineSummary.of(routine, catalogue);
        if (json) {
            JsonOutput.print(out, new RoutineView(summary, routine.restSeconds(), routine.notes()));
            return;
        }
        out.println(texts.get("routines.title", "name", routine.name(), "id", routine.id()));
        if (!routine.summary().isBlank()) {
            out.println(routine.summary());
        }
        out.println(texts.get(
                "routines.length",
                "gentle",
                RoutineSummary.minutes(summary.lengthMs().gentle()),
                "standard",
                RoutineSummary.minutes(summary.lengthMs().standard()),
                "full",
                RoutineSummary.minutes(summary.lengthMs().full())));
        out.println();
        int number = 1;
        for (RoutineItem item : routine.items()) {
            Exercise exercise = catalogue.getExercise(item.exercise());
            out.printf(
                    Locale.ROOT,
                    "%2d. %-34s %s%n",
                    number++,
                    exercise.name(),
                    DosageText.of(exercise, item.dosageOf(exercise), texts));
        }
        printNotes(routine.notes(), out, texts);
        out.println();
        out.println(texts.get("routines.startIt", "id", routine.id()));
    }

    private static void showExercise(Exercise exercise, PrintWriter out, Texts texts) {
        out.println(texts.get("routines.title", "name", exercise.name(), "id", exercise.id()));
        out.println(texts.get(
                        "routines.part",
                        "part",
                        texts.get("routines.part." + exercise.part().name())
                                + (exercise.number() > 0 ? " #" + exercise.number() : ""))
                + "   "
                + texts.get(
                        "routines.position",
                        "position",
                        texts.get("routines.position." + exercise.position().name()))
                + (exercise.equipment().isEmpty()
                        ? ""
                        : "   "
                                + texts.get(
                                        "routines.needs",
                                        "equipment",
                                        exercise.equipment().stream()
                                                .map(thing -> texts.get("routines.equipment." + thing.name()))
                                                .collect(Collectors.joining(", ")))));
        if (exercise.isTimed()) {
            out.println(texts.get(
                    "routines.dosage",
                    "dosage",
                    DosageText.of(exercise, exercise.dosage(), texts),
                    "breathing",
                    texts.get("routines.breathing."
                            + exercise.dosage().breathing().name())));
        }
        out.println();
        int number = 1;
        for (String step : exercise.steps()) {
            out.printf(Locale.ROOT, "%2d. %s%n", number++, step);
        }
        printNotes(exercise.notes(), out, texts);
    }

    private static void printNotes(List<String> notes, PrintWriter out, Texts texts) {
        if (notes.isEmpty()) {
            return;
        }
        out.println();
        out.println(texts.get("routines.notes"));
        notes.forEach(note -> out.println("  - " + note));
    }
}
