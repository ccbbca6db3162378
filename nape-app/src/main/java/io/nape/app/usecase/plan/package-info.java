/** Use cases of the plan feature: plain inputs in, plain results out. */
@NullMarked
package io.nape.app.usecase.plan;

import org.jspecify.annotations.NullMarked;
