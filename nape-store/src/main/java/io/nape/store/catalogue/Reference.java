package io.nape.store.catalogue;

import io.nape.core.catalogue.ExerciseId;

/** An exercise named by a routine, and the line that names it. */
record Reference(ExerciseId exercise, int line) {}
