/** List routines and exercises, and show one in full. */
@NullMarked
package io.nape.app.cli.routines;

import org.jspecify.annotations.NullMarked;
