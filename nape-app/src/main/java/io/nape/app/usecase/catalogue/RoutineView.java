package io.nape.app.usecase.catalogue;

import java.util.List;

/** A routine in JSON: its summary, rest and notes. */
public record RoutineView(RoutineSummary routine, int restSeconds, List<String> notes) {}
