/** The progress page of the local web app. */
@NullMarked
package io.nape.app.web.progress;

import org.jspecify.annotations.NullMarked;
