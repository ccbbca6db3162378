package io.nape.app.cli.start;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Read keys from a stream that is not a terminal (a pipe, or a terminal in line mode): a daemon
 * thread reads characters and hands them over; at the end of input the player simply times out.
 */
final class PlainKeys implements KeyInput {
    private static final int CLOSED = Integer.MIN_VALUE;

    private final BlockingQueue<Integer> keys;
    private volatile boolean closed;

    /** Keys that another reader hands over, one character at a time. */
    PlainKeys(BlockingQueue<Integer> keys) {
        this.keys = keys;
    }

    PlainKeys(InputStream in) {
        this.keys = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(in), "nape-keys");
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(InputStream in) {
        try {
            int character;
            while ((character = in.read()) >= 0) {
                keys.add(character);
            }
        } catch (IOException ignored) {
            // The input is gone; the session goes on without keys.
        }
        keys.add(CLOSED);
    }

    @Override
    public int read(long timeoutMs) {
        try {
            if (closed) {
                TimeUnit.MILLISECONDS.sleep(timeoutMs);
                return TIMEOUT;
            }
            Integer key = keys.poll(timeoutMs, TimeUnit.MILLISECONDS);
            if (key == null) {
                return TIMEOUT;
            }
            if (key == CLOSED) {
                closed = true;
                return TIMEOUT;
            }
            return key;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 'q';
        }
    }
}
