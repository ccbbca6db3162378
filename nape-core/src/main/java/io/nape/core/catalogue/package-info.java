/** Exercises, their dosage, routines and the validated catalogue that holds them. */
@NullMarked
package io.nape.core.catalogue;

import org.jspecify.annotations.NullMarked;
