/** Use cases of the history feature: plain inputs in, plain results out. */
@NullMarked
package io.nape.app.usecase.history;

import org.jspecify.annotations.NullMarked;
