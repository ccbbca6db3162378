/** The sessions on the web: history, the safety gate before a start, and recording a finished one. */
@NullMarked
package io.nape.app.web.sessions;

import org.jspecify.annotations.NullMarked;
