package io.nape.app.web.catalogue;

import io.javalin.config.RoutesConfig;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.catalogue.ExerciseView;
import io.nape.app.usecase.catalogue.RoutineSummary;
import io.nape.app.usecase.catalogue.RoutineView;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseNotFoundException;
import io.nape.core.catalogue.Routine;

/**
 * Serve the catalogue as the command line prints it with {@code --json}: the routines with their
 * length at each level, one routine in full, and the exercises; names, steps, cues and notes in the
 * request's language, ids and keys as they are.
 */
public final class CatalogueApi implements WebFeature {
    private final PersonRecords records;

    public CatalogueApi(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/routines", ctx -> {
            Catalogue catalogue = records.catalogue(WebTexts.language(ctx));
            ctx.json(catalogue.routines().stream()
                    .map(routine -> RoutineSummary.of(routine, catalogue))
                    .toList());
        });
        routes.get("/api/routines/{id}", ctx -> {
            Catalogue catalogue = records.catalogue(WebTexts.language(ctx));
            Routine routine = catalogue.getRoutine(ctx.pathParam("id"));
            ctx.json(new RoutineView(RoutineSummary.of(routine, catalogue), routine.restSeconds(), routine.notes()));
        });
        routes.get(
                "/api/exercises",
                ctx -> ctx.json(records.catalogue(WebTexts.language(ctx)).exercises().stream()
                        .map(ExerciseView::of)
                        .toList()));
        routes.get("/api/exercises/{id}", ctx -> {
            String id = ctx.pathParam("id");
            Exercise exercise = records.catalogue(WebTexts.language(ctx))
                    .findExercise(id)
                    .orElseThrow(() -> new ExerciseNotFoundException(id));
            ctx.json(ExerciseView.of(exercise));
        });
    }
}
