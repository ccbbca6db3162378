/** The guided-session player page of the local web app. */
@NullMarked
package io.nape.app.web.session;

import org.jspecify.annotations.NullMarked;
