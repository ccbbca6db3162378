package io.nape.app.figure;

import io.nape.app.text.Texts;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.catalogue.Style;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contact sheets of the catalogue's figures, to look at every still at once: a page per routine
 * ({@code <routine-id>.svg}), one for the advice cards ({@code cards.svg}), one for the exercises in
 * no routine ({@code other.svg}), and {@code index.md} listing them, all in one language.
 */
public final class ContactSheets {
    /** The page listing the others. */
    public static final String INDEX = "index.md";

    /** How a page of the contact sheets can be looked at as a picture. */
    public static final String SCREENSHOT =
            "chromium --headless --screenshot=sheet.png --window-size=1060,3000 PAGE.svg";

    private ContactSheets() {}

    /** Every page by file name, in the order the index lists them, the index last. */
    public static Map<String, String> of(Catalogue catalogue, Texts t) {
        Map<String, String> pages = new LinkedHashMap<>();
        List<String> entries = new ArrayList<>();
        Set<ExerciseId> inRoutines = new HashSet<>();
        List<Routine> routines = catalogue.routines().stream()
                .sorted(Comparator.comparing(routine -> routine.id().value()))
                .toList();
        for (Routine routine : routines) {
            List<Exercise> exercises = new ArrayList<>();
            for (RoutineItem item : routine.items()) {
                exercises.add(catalogue.getExercise(item.exercise()));
                inRoutines.add(item.exercise());
            }
            add(pages, entries, routine.id().value() + ".svg", routine.name(), exercises, catalogue, t);
        }
        List<Exercise> all = catalogue.exercises().stream()
                .sorted(Comparator.comparing(exercise -> exercise.id().value()))
                .toList();
        add(
                pages,
                entries,
                "cards.svg",
                t.get("figures.cards"),
                all.stream().filter(exercise -> exercise.style() == Style.CARD).toList(),
                catalogue,
                t);
        add(
                pages,
                entries,
                "other.svg",
                t.get("figures.other"),
                all.stream()
                        .filter(exercise -> exercise.style() != Style.CARD && !inRoutines.contains(exercise.id()))
                        .toList(),
                catalogue,
                t);
        StringBuilder index = new StringBuilder();
        index.append("# ").append(t.get("figures.indexTitle")).append("\n\n");
        index.append(t.get("figures.indexIntro")).append("\n\n");
        entries.forEach(entry -> index.append("- ").append(entry).append('\n'));
        index.append('\n')
                .append(t.get("figures.indexPicture", "command", "`" + SCREENSHOT + "`"))
                .append('\n');
        pages.put(INDEX, index.toString());
        return pages;
    }

    private static void add(
            Map<String, String> pages,
            List<String> entries,
            String file,
            String title,
            List<Exercise> exercises,
            Catalogue catalogue,
            Texts t) {
        List<SheetRow> rows = exercises.stream()
                .map(exercise -> SheetRow.of(exercise, catalogue, t))
                .toList();
        pages.put(file, SheetPage.of(title, rows));
        long drawn =
                exercises.stream().filter(exercise -> exercise.figure() != null).count();
        entries.add(t.get(
                "figures.indexEntry", "name", title, "file", file, "exercises", exercises.size(), "drawn", drawn));
    }
}
