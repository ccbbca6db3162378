/** Use cases of the timeline feature: plain inputs in, plain results out. */
@NullMarked
package io.nape.app.usecase.timeline;

import org.jspecify.annotations.NullMarked;
