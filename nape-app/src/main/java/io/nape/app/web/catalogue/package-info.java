/** The catalogue on the web: routines and exercises as JSON. */
@NullMarked
package io.nape.app.web.catalogue;

import org.jspecify.annotations.NullMarked;
