/** Print a routine's timeline: its timed phases and cues. */
@NullMarked
package io.nape.app.cli.timeline;

import org.jspecify.annotations.NullMarked;
