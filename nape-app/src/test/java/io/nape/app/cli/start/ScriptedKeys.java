package io.nape.app.cli.start;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A fake monotonic clock and keyboard in one: waiting advances the clock by the timeout plus an
 * overshoot (as a busy machine would), and scripted keys arrive at their session times.
 */
final class ScriptedKeys implements KeyInput {
    private final long overshootNanos;
    private final Deque<long[]> script = new ArrayDeque<>();
    private long nanos = 1_000_000_000L;

    ScriptedKeys(long overshootMs) {
        this.overshootNanos = overshootMs * 1_000_000L;
    }

    ScriptedKeys press(long atMs, int key) {
        script.add(new long[] {1_000_000_000L + atMs * 1_000_000L, key});
        return this;
    }

    long nanoTime() {
        return nanos;
    }

    @Override
    public int read(long timeoutMs) {
        long deadline = nanos + timeoutMs * 1_000_000L;
        long[] next = script.peek();
        if (next != null && next[0] <= deadline) {
            script.poll();
            nanos = Math.max(nanos, next[0]);
            return (int) next[1];
        }
        nanos = deadline + overshootNanos;
        return TIMEOUT;
    }
}
