/** Use cases of the settings feature: plain inputs in, plain results out. */
@NullMarked
package io.nape.app.usecase.settings;

import org.jspecify.annotations.NullMarked;
