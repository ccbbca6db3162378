/** Downloads of the person's record: the FHIR R4 Bundle for their doctor. */
@NullMarked
package io.nape.app.web.export;

import org.jspecify.annotations.NullMarked;
