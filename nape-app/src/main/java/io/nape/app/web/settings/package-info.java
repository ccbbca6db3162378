/** The settings page of the local web app. */
@NullMarked
package io.nape.app.web.settings;

import org.jspecify.annotations.NullMarked;
