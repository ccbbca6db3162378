/** The reminder loop and the notifiers that reach the person: desktop, terminal, the open page. */
@NullMarked
package io.nape.app.notify;

import org.jspecify.annotations.NullMarked;
