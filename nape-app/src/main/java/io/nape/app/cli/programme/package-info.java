/** {@code ./nape programme}: the programme's level and proposals, the answers to them, their history. */
@NullMarked
package io.nape.app.cli.programme;

import org.jspecify.annotations.NullMarked;
