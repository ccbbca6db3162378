package io.nape.app.desktop;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;

/** The freedesktop screen saver as the desktop offers it: whether it is on, and since when nobody typed. */
@DBusInterfaceName("org.freedesktop.ScreenSaver")
public interface ScreenSaver extends DBusInterface {
    String BUS_NAME = "org.freedesktop.ScreenSaver";
    String OBJECT_PATH = "/org/freedesktop/ScreenSaver";

    /** Whether the screen saver (on most desktops, the lock screen) is on. */
    boolean GetActive();

    /** Seconds since the last input; not every desktop answers it. */
    UInt32 GetSessionIdleTime();

    /** The screen saver went on or off. */
    final class ActiveChanged extends DBusSignal {
        private final boolean active;

        public ActiveChanged(String path, boolean active) throws DBusException {
            super(path, active);
            this.active = active;
        }

        public boolean active() {
            return active;
        }
    }
}
