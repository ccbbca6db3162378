/**
 * The desktop session over D-Bus: the bus itself, the screen saver, idle time and do-not-disturb as a
 * presence sensor, and notifications with buttons whose answers reach the reminder loop.
 */
@NullMarked
package io.nape.app.desktop;

import org.jspecify.annotations.NullMarked;
