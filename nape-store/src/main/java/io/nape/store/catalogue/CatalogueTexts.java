package io.nape.store.catalogue;

import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.ExerciseTexts;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.RoutineTexts;
import java.util.Map;

/** The texts one texts file gives, by id. */
record CatalogueTexts(Map<ExerciseId, ExerciseTexts> exercises, Map<RoutineId, RoutineTexts> routines) {
    CatalogueTexts {
        exercises = Map.copyOf(exercises);
        routines = Map.copyOf(routines);
    }
}
