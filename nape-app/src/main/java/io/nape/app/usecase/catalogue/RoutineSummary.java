package io.nape.app.usecase.catalogue;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.session.Timeline;
import java.util.List;

/** A routine as the command line lists it. */
public record RoutineSummary(
        String id, String name, String summary, String part, List<String> exercises, LengthMs lengthMs) {
    /** The routine's length at each level, in milliseconds. */
    public record LengthMs(long gentle, long standard, long full) {}

    public static RoutineSummary of(Routine routine, Catalogue catalogue) {
        return new RoutineSummary(
                routine.id().value(),
                routine.name(),
                routine.summary(),
                Keys.of(routine.part()),
                routine.items().stream()
                        .map(RoutineItem::exercise)
                        .map(Object::toString)
                        .toList(),
                new LengthMs(
                        Timeline.expand(routine, catalogue, DosageLevel.GENTLE).totalMs(),
                        Timeline.expand(routine, catalogue, DosageLevel.STANDARD)
                                .totalMs(),
                        Timeline.expand(routine, catalogue, DosageLevel.FULL).totalMs()));
    }

    public static String minutes(long ms) {
        long seconds = Math.round(ms / 1000.0);
        return seconds / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", seconds % 60);
    }
}
