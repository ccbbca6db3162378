/** The PSFS on the web: its page and its API. */
@NullMarked
package io.nape.app.web.psfs;

import org.jspecify.annotations.NullMarked;
