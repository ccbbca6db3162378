/** Use cases of the progress feature: plain inputs in, plain results out. */
@NullMarked
package io.nape.app.usecase.progress;

import org.jspecify.annotations.NullMarked;
