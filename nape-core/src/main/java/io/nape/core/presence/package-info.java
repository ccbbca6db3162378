/**
 * Whether the person is at the desk and free to take a break: what a sensor sees, as values.
 *
 * <p>Sensors (the desktop session, the open page, a microphone in use) are adapters at the edge;
 * this package holds only their readings and the rules that use them.
 */
@NullMarked
package io.nape.core.presence;

import org.jspecify.annotations.NullMarked;
