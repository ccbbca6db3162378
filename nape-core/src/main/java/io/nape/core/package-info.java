/** The neck-relief domain: plain Java, no framework and no I/O. */
@NullMarked
package io.nape.core;

import org.jspecify.annotations.NullMarked;
