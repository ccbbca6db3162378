/** The {@code log}, {@code diary} and {@code progress} commands: record pain, read it back, see the trend. */
@NullMarked
package io.nape.app.cli.diary;

import org.jspecify.annotations.NullMarked;
