/** Use cases of the programme: its review of the person's record, and their answers to its proposals. */
@NullMarked
package io.nape.app.usecase.programme;

import org.jspecify.annotations.NullMarked;
