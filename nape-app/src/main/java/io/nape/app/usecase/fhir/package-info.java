/**
 * Give the person's record to their doctor as a FHIR R4 Bundle: pain entries, PSFS answers, sessions
 * and checks, written with Jackson (no FHIR library in the product).
 */
@NullMarked
package io.nape.app.usecase.fhir;

import org.jspecify.annotations.NullMarked;
