/** The one JSON writer both edges use, so the command line and the API print the same documents. */
@NullMarked
package io.nape.app.json;

import org.jspecify.annotations.NullMarked;
