/** Show and change the stored plan settings. */
@NullMarked
package io.nape.app.cli.settings;

import org.jspecify.annotations.NullMarked;
