package io.nape.app.desktop;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt64;

/** GNOME's idle monitor: how long the session has had no input. */
@DBusInterfaceName("org.gnome.Mutter.IdleMonitor")
public interface MutterIdleMonitor extends DBusInterface {
    String BUS_NAME = "org.gnome.Mutter.IdleMonitor";
    String OBJECT_PATH = "/org/gnome/Mutter/IdleMonitor/Core";

    /** Milliseconds since the last input. */
    UInt64 GetIdletime();
}
