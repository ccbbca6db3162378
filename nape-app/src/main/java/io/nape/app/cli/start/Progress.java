package io.nape.app.cli.start;

import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.util.Locale;

/** Where a phase stands: exercise k of n, repetition r of m, and the side. */
record Progress(int exercise, int exercises, int rep, int reps, String side) {
    static Progress of(Phase phase, Timeline timeline) {
        String side = phase.side() == null ? "" : phase.side().name().toLowerCase(Locale.ROOT) + " side";
        return new Progress(phase.exerciseIndex() + 1, timeline.exerciseCount(), phase.rep(), phase.reps(), side);
    }

    String describe() {
        StringBuilder text = new StringBuilder("exercise " + exercise + " of " + exercises);
        if (rep > 0) {
            text.append(", repetition ").append(rep).append(" of ").append(reps);
        }
        if (!side.isEmpty()) {
            text.append(", ").append(side);
        }
        return text.toString();
    }
}
