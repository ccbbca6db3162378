/** The language switch of the web app. */
@NullMarked
package io.nape.app.web.language;

import org.jspecify.annotations.NullMarked;
