/** Play a guided session in the terminal. */
@NullMarked
package io.nape.app.cli.start;

import org.jspecify.annotations.NullMarked;
