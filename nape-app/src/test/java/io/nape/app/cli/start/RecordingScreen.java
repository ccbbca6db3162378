package io.nape.app.cli.start;

import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.util.ArrayList;
import java.util.List;

/** Remembers what the player showed. */
final class RecordingScreen implements SessionScreen {
    final List<Phase> cues = new ArrayList<>();
    final List<String> finishes = new ArrayList<>();
    int ticks;
    int pausedTicks;

    @Override
    public void cue(Phase phase, Timeline timeline) {
        cues.add(phase);
    }

    @Override
    public void tick(Phase phase, Timeline timeline, long remainingMs, boolean paused) {
        ticks++;
        if (paused) {
            pausedTicks++;
        }
    }

    @Override
    public void finish(String message) {
        finishes.add(message);
    }
}
