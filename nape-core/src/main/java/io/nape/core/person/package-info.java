/** The person a use case acts for. */
@NullMarked
package io.nape.core.person;

import org.jspecify.annotations.NullMarked;
