package io.nape.app.web.library;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.nape.app.figure.FigureSvg;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.catalogue.DosageText;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.catalogue.Area;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.ExerciseNotFoundException;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.Routine;
import io.nape.core.session.Timeline;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Show the library: every exercise as a name and a one-line summary, filtered by area and position,
 * each with its own page (drawing, steps, dosage, cues, notes), and every routine.
 */
public final class LibraryPages implements WebFeature {
    private final PersonRecords records;

    public LibraryPages(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/library", this::library);
        routes.get("/library/exercise/{id}", this::exercise);
        routes.get("/illustrations/{file}", this::illustration);
    }

    private void library(Context ctx) {
        Texts t = WebTexts.of(ctx);
        Catalogue catalogue = records.catalogue(t.language());
        Optional<Area> area = choice(ctx, "area", Area.values());
        Optional<Position> position = choice(ctx, "position", Position.values());
        List<ExerciseCard> exercises = catalogue.exercises().stream()
                .filter(exercise -> area.isEmpty() || exercise.areas().contains(area.get()))
                .filter(exercise -> position.isEmpty() || exercise.position() == position.get())
                .map(exercise -> ExerciseCard.of(t, exercise))
                .toList();
        DosageLevel level = records.settings().level();
        List<RoutineRow> routines = catalogue.routines().stream()
                .map(routine -> RoutineRow.of(routine, catalogue, level))
                .toList();
        LibraryPage page = new LibraryPage(
                options(t, Area.values(), area.orElse(null)),
                options(t, Position.values(), position.orElse(null)),
                exercises,
                catalogue.exercises().size(),
                routines,
                WebTexts.levelWords(t, level));
        PageRenderer.render(ctx, "library/library.jte", Map.of("page", page));
    }

    private void exercise(Context ctx) {
        Texts t = WebTexts.of(ctx);
        String id = ctx.pathParam("id");
        Exercise exercise =
                records.catalogue(t.language()).findExercise(id).orElseThrow(() -> new ExerciseNotFoundException(id));
        PageRenderer.render(ctx, "library/exercise.jte", Map.of("exercise", ExerciseCard.of(t, exercise)));
    }

    private void illustration(Context ctx) {
        String file = ctx.pathParam("file");
        String id = file.endsWith(".svg") ? file.substring(0, file.length() - 4) : "";
        if (!ExerciseId.isWellFormed(id)) {
            throw new NotFoundResponse();
        }
        Texts t = WebTexts.of(ctx);
        String svg = records.catalogue(t.language())
                .findExercise(id)
                .flatMap(FigureSvg::still)
                .orElseThrow(NotFoundResponse::new);
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    private static <E extends Enum<E>> Optional<E> choice(Context ctx, String field, E[] all) {
        String text = ctx.queryParam(field);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(all)
                .filter(constant -> key(constant).equals(text))
                .findFirst()
                .or(() -> {
                    String choices = String.join(
                            ", ", Arrays.stream(all).map(LibraryPages::key).toList());
                    throw new BadRequestException("\"" + field + "\" must be one of " + choices + ".")
                            .withText("librarypage.badFilter", "field", field, "choices", choices);
                });
    }

    private static <E extends Enum<E>> List<Option> options(Texts t, E[] all, @Nullable E chosen) {
        return Arrays.stream(all)
                .map(constant -> new Option(key(constant), words(t, constant), constant == chosen))
                .toList();
    }

    static String key(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words of an area, position, part or phase: {@code librarypage.area.NECK} and the like. */
    static String words(Texts t, Enum<?> constant) {
        String kind;
        if (constant instanceof Area) {
            kind = "librarypage.area.";
        } else if (constant instanceof Position) {
            kind = "librarypage.position.";
        } else if (constant instanceof Part) {
            kind = "librarypage.part.";
        } else {
            kind = "librarypage.phase.";
        }
        return t.get(kind + constant.name());
    }

    /** Everything the library shows. */
    public record LibraryPage(
            List<Option> areas,
            List<Option> positions,
            List<ExerciseCard> exercises,
            int exerciseTotal,
            List<RoutineRow> routines,
            String level) {}

    /** One choice of a filter. */
    public record Option(String key, String label, boolean selected) {}

    /** One exercise as the library shows it: a line in the list, the whole on its own page. */
    public record ExerciseCard(
            String id,
            String name,
            String part,
            String position,
            String areas,
            String dosage,
            List<String> steps,
            List<Cue> cues,
            List<String> notes,
            @Nullable String illustration,
            String summary) {
        static ExerciseCard of(Texts t, Exercise exercise) {
            return new ExerciseCard(
                    exercise.id().value(),
                    exercise.name(),
                    words(t, exercise.part()),
                    words(t, exercise.position()),
                    String.join(
                            ", ",
                            exercise.areas().stream()
                                    .map(area -> words(t, area))
                                    .toList()),
                    DosageText.of(exercise, exercise.dosage(), t),
                    exercise.steps(),
                    exercise.cues().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(cue -> new Cue(words(t, cue.getKey()), cue.getValue()))
                            .toList(),
                    exercise.notes(),
                    IllustrationFiles.exists(exercise) ? IllustrationFiles.href(exercise.id()) : null,
                    t.get(
                            "librarypage.summary",
                            "part",
                            words(t, exercise.part()),
                            "position",
                            words(t, exercise.position()),
                            "areas",
                            String.join(
                                    ", ",
                                    exercise.areas().stream()
                                            .map(area -> words(t, area))
                                            .toList())));
        }

        /** The address of the exercise's own page. */
        public String href() {
            return "/library/exercise/" + id;
        }
    }

    /** One spoken-style cue of an exercise, by the phase it is said in. */
    public record Cue(String phase, String words) {}

    /** One routine with its length at each level. */
    public record RoutineRow(
            String id,
            String name,
            String summary,
            int exercises,
            String length,
            String gentle,
            String full,
            String start) {
        static RoutineRow of(Routine routine, Catalogue catalogue, DosageLevel level) {
            return new RoutineRow(
                    routine.id().value(),
                    routine.name(),
                    routine.summary(),
                    routine.items().size(),
                    minutes(Timeline.expand(routine, catalogue, level).totalMs()),
                    minutes(Timeline.expand(routine, catalogue, DosageLevel.GENTLE)
                            .totalMs()),
                    minutes(Timeline.expand(routine, catalogue, DosageLevel.FULL)
                            .totalMs()),
                    "/session/" + routine.id() + "?level=" + level.key());
        }
    }

    static String minutes(long ms) {
        long seconds = Math.round(ms / 1000.0);
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }
}
