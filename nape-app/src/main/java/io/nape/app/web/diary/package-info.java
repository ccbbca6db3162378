/** The diary page of the local web app. */
@NullMarked
package io.nape.app.web.diary;

import org.jspecify.annotations.NullMarked;
