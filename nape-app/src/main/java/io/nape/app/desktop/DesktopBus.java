package io.nape.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.exceptions.InvalidBusAddressException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.DBusSigHandler;
import org.freedesktop.dbus.matchrules.DBusMatchRule;
import org.freedesktop.dbus.messages.DBusSignal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session bus of the desktop the person is logged in to, found through
 * {@code DBUS_SESSION_BUS_ADDRESS}. Without that variable, or with a bus that does not answer, there
 * is no bus: the sensors and notifiers built on it are simply left out. Closing it ends the threads
 * it started.
 */
public final class DesktopBus implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopBus.class);

    /**
     * How long to try to reach the bus, in milliseconds: a local bus answers within a second even on
     * a loaded machine, and without a limit the library retries a dead socket for about ten seconds.
     */
    private static final int CONNECT_MILLISECONDS = 5000;

    private static final String UNIX_PATH = "unix:path=";
    private static final String SYSTEM_BUS = UNIX_PATH + "/run/dbus/system_bus_socket";

    private final DBusConnection connection;

    private DesktopBus(DBusConnection connection) {
        this.connection = connection;
    }

    /** The session bus named in this environment, if it has one and it answers. */
    public static Optional<DesktopBus> connect(Map<String, String> environment) {
        return connectTo(environment.get("DBUS_SESSION_BUS_ADDRESS"));
    }

    /**
     * The system bus (where the login manager keeps each session's lock and idle state): the one
     * {@code DBUS_SYSTEM_BUS_ADDRESS} names, else the standard socket, if it answers.
     */
    public static Optional<DesktopBus> connectSystem(Map<String, String> environment) {
        String named = environment.get("DBUS_SYSTEM_BUS_ADDRESS");
        return connectTo(named != null && !named.isBlank() ? named : SYSTEM_BUS);
    }

    private static Optional<DesktopBus> connectTo(@Nullable String address) {
        if (address == null || address.isBlank() || socketIsGone(address)) {
            return Optional.empty();
        }
        try {
            DBusConnection connection = DBusConnectionBuilder.forAddress(address)
                    .withShared(false)
                    .transportConfig()
                    .withTimeout(CONNECT_MILLISECONDS)
                    .back()
                    .build();
            return Optional.of(new DesktopBus(connection));
        } catch (DBusException | DBusExecutionException | InvalidBusAddressException | IllegalArgumentException e) {
            LOG.debug("no bus at {}: {}", address, e.toString());
            return Optional.empty();
        }
    }

    /** Whether the address is one Unix socket whose file is not there (a session that ended): no need to try it. */
    private static boolean socketIsGone(String address) {
        if (!address.startsWith(UNIX_PATH) || address.contains(";")) {
            return false;
        }
        int end = address.indexOf(',');
        String path = address.substring(UNIX_PATH.length(), end < 0 ? address.length() : end);
        return !path.isEmpty() && !Files.exists(Path.of(path));
    }

    /** A proxy of an object on the bus; calling it fails with a {@link DBusExecutionException} if nobody serves it. */
    <I extends DBusInterface> Optional<I> remote(String busName, String objectPath, Class<I> type) {
        try {
            return Optional.of(connection.getRemoteObject(busName, objectPath, type));
        } catch (DBusException | DBusExecutionException e) {
            LOG.debug("no {} at {} on the session bus: {}", type.getSimpleName(), busName, e.toString());
            return Optional.empty();
        }
    }

    /** Call the handler (on the bus's own thread) for each such signal, from any sender; false if the bus refused. */
    <T extends DBusSignal> boolean onSignal(Class<T> type, DBusSigHandler<T> handler) {
        try {
            connection.addSigHandler(type, handler);
            return true;
        } catch (DBusException | DBusExecutionException e) {
            LOG.debug("cannot listen for {}: {}", type.getSimpleName(), e.toString());
            return false;
        }
    }

    /** Call the handler (on the bus's own thread) for each signal this rule matches; false if the bus refused. */
    boolean onSignal(DBusMatchRule rule, DBusSigHandler<DBusSignal> handler) {
        try {
            connection.addSigHandler(rule, handler);
            return true;
        } catch (DBusException | DBusExecutionException e) {
            LOG.debug("cannot listen for {}: {}", rule, e.toString());
            return false;
        }
    }

    /** Leave the bus and end every thread this connection started. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            LOG.debug("closing the session bus: {}", e.toString());
        }
    }
}
