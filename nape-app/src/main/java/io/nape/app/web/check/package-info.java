/** The check page of the local web app. */
@NullMarked
package io.nape.app.web.check;

import org.jspecify.annotations.NullMarked;
