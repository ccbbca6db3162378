/** The command line: one command per use case, and the one place where errors become messages. */
@NullMarked
package io.nape.app.cli;

import org.jspecify.annotations.NullMarked;
