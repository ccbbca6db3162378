package io.nape.app.cli.start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * Own the terminal for a session: raw keys, hidden cursor, and a promise to put both back, on a
 * normal end, on an exception, on Ctrl-C and on a signal that ends the JVM.
 */
final class RawTerminal implements KeyInput, AutoCloseable {
    private final Terminal terminal;
    private final Attributes saved;
    private final NonBlockingReader reader;
    private final AtomicBoolean restored = new AtomicBoolean();
    private final Thread restoreOnExit;
    private volatile boolean interrupted;

    RawTerminal() {
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException unavailable) {
            throw new UncheckedIOException(unavailable);
        }
        saved = terminal.enterRawMode();
        terminal.handle(Terminal.Signal.INT, signal -> interrupted = true);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        reader = terminal.reader();
        restoreOnExit = new Thread(this::restore, "nape-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }

    java.io.PrintWriter writer() {
        return terminal.writer();
    }

    int width() {
        return terminal.getWidth();
    }

    @Override
    public int read(long timeoutMs) {
        if (interrupted) {
            return 'q';
        }
        try {
            int key = reader.read(Math.max(1, timeoutMs));
            if (interrupted) {
                return 'q';
            }
            return key == NonBlockingReader.READ_EXPIRED ? TIMEOUT : key < 0 ? 'q' : key;
        } catch (IOException gone) {
            return 'q';
        }
    }

    private void restore() {
        if (restored.compareAndSet(false, true)) {
            terminal.setAttributes(saved);
            terminal.puts(Capability.cursor_visible);
            terminal.flush();
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run; the terminal is restored either way.
        }
        try {
            terminal.close();
        } catch (IOException ignored) {
            // Closing the system terminal can only fail if it is already gone.
        }
    }
}
