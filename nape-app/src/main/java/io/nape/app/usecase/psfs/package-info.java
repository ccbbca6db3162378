/** Measure function with the PSFS: record an answer, read the history, compare with the first and the previous. */
@NullMarked
package io.nape.app.usecase.psfs;

import org.jspecify.annotations.NullMarked;
