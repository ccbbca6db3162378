/** Reminders in the open page: a stream of server-sent events, and the page's answers. */
@NullMarked
package io.nape.app.web.reminders;

import org.jspecify.annotations.NullMarked;
