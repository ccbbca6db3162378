/** The today page of the local web app. */
@NullMarked
package io.nape.app.web.today;

import org.jspecify.annotations.NullMarked;
