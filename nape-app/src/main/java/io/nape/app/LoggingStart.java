package io.nape.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Start logging (SLF4J with Logback, as {@link LogSetup} configures it) on a second thread while the
 * command line is read. Whoever logs first on another thread must {@link #await()} it: while SLF4J
 * starts, other threads get stand-in loggers, and what those log meanwhile is replayed later with a
 * warning about it.
 */
public final class LoggingStart {
    private static @Nullable FutureTask<Object> started;

    private LoggingStart() {}

    /** Start logging on a new thread, then run {@code next} there (not awaited by {@link #await()}). */
    static synchronized void startInBackground(Runnable next) {
        if (started == null) {
            FutureTask<Object> start = new FutureTask<>(LoggerFactory::getILoggerFactory);
            Thread thread = new Thread(
                    () -> {
                        start.run();
                        next.run();
                    },
                    "nape-logging");
            thread.setDaemon(true);
            thread.start();
            started = start;
        }
    }

    /** Wait until logging has started, starting it on this thread if no other thread has. */
    public static void await() {
        FutureTask<Object> start;
        synchronized (LoggingStart.class) {
            start = started;
        }
        if (start == null) {
            LoggerFactory.getILoggerFactory();
            return;
        }
        try {
            start.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            LoggerFactory.getILoggerFactory();
        }
    }
}
