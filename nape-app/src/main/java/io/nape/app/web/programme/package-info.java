/** The programme on the web: its API and its page, to see the proposal open, answer it and read the history. */
@NullMarked
package io.nape.app.web.programme;

import org.jspecify.annotations.NullMarked;
