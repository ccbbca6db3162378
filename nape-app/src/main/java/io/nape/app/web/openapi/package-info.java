/** The description of the JSON API, served where tools look for it. */
@NullMarked
package io.nape.app.web.openapi;

import org.jspecify.annotations.NullMarked;
