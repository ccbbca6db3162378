package io.nape.core.catalogue;

import java.util.List;

/**
 * Describe one movement as a cycle of key poses: it starts at the first, passes through each in
 * order and comes back to the first, so that a phase plays it a whole number of times.
 *
 * @param cycleSeconds how long one cycle takes when the movement is timed rather than counted
 */
public record Movement(List<Pose> cycle, int cycleSeconds) {
    /** The most key poses in one cycle. */
    public static final int MAX_KEYS = 12;

    /** The longest cycle in seconds. */
    public static final int MAX_CYCLE_SECONDS = 30;

    public Movement {
        cycle = List.copyOf(cycle);
        if (cycle.size() < 2 || cycle.size() > MAX_KEYS) {
            throw new IllegalArgumentException(
                    "a movement's cycle needs 2 to " + MAX_KEYS + " key poses, has " + cycle.size());
        }
        if (cycleSeconds < 1 || cycleSeconds > MAX_CYCLE_SECONDS) {
            throw new IllegalArgumentException(
                    "a cycle must take 1 to " + MAX_CYCLE_SECONDS + " seconds, was " + cycleSeconds);
        }
    }

    /** How many whole cycles a timed phase of this length holds: at least one. */
    public int cyclesIn(long durationMs) {
        return (int) Math.max(1, Math.round(durationMs / (cycleSeconds * 1000.0)));
    }

    /** The movement's still pose: its second key, the first it moves to. */
    public Pose keyPose() {
        return cycle.get(1);
    }

    public Movement mirrored() {
        return new Movement(cycle.stream().map(Pose::mirrored).toList(), cycleSeconds);
    }
}
