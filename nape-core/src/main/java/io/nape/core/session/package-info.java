/** Timelines: routines expanded to timed phases with cues, and the state of a played session. */
@NullMarked
package io.nape.core.session;

import org.jspecify.annotations.NullMarked;
