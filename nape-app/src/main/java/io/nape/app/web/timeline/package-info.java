/** A routine's timeline on the web, for the session player. */
@NullMarked
package io.nape.app.web.timeline;

import org.jspecify.annotations.NullMarked;
