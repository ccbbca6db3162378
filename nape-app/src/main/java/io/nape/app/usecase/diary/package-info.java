/** Use cases of the diary feature: plain inputs in, plain results out. */
@NullMarked
package io.nape.app.usecase.diary;

import org.jspecify.annotations.NullMarked;
