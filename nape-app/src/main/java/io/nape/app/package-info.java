/** Nape's edges: the command line, the terminal player, configuration and main. */
@NullMarked
package io.nape.app;

import org.jspecify.annotations.NullMarked;
