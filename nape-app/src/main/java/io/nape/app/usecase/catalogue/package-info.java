/** Use cases of the catalogue feature: plain inputs in, plain results out. */
@NullMarked
package io.nape.app.usecase.catalogue;

import org.jspecify.annotations.NullMarked;
