/** The {@code check} command: ask about symptoms, or read them from JSON, and show the triage advice. */
@NullMarked
package io.nape.app.cli.check;

import org.jspecify.annotations.NullMarked;
