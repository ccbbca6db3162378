/** The printable summary of the last 4 or 12 weeks for the person's doctor or physiotherapist. */
@NullMarked
package io.nape.app.web.summary;

import org.jspecify.annotations.NullMarked;
