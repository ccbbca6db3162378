/** The library page of the local web app. */
@NullMarked
package io.nape.app.web.library;

import org.jspecify.annotations.NullMarked;
