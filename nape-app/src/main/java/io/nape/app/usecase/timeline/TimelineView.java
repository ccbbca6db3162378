package io.nape.app.usecase.timeline;

import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The timeline contract: phases contiguous from 0 to totalMs. */
public record TimelineView(String routine, long totalMs, List<PhaseView> phases) {
    public static TimelineView of(Timeline timeline) {
        return new TimelineView(
                timeline.routine().value(),
                timeline.totalMs(),
                timeline.phases().stream().map(PhaseView::of).toList());
    }
}

/** One phase in the timeline contract; a step of a movement's sequence carries its number and cycles. */
record PhaseView(
        long atMs,
        long durationMs,
        String kind,
        String exercise,
        int rep,
        int reps,
        @Nullable String side,
        String cue,
        int step,
        int cycles) {
    static PhaseView of(Phase phase) {
        return new PhaseView(
                phase.atMs(),
                phase.durationMs(),
                phase.kind().name(),
                phase.exercise().value(),
                phase.rep(),
                phase.reps(),
                phase.side() == null ? null : phase.side().name(),
                phase.cue(),
                phase.step(),
                phase.cycles());
    }
}
