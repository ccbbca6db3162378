package io.nape.app.cli.check;

import io.nape.core.NapeException;

/** Thrown when the input ends before every question of the check has an answer. */
final class CheckAbandonedException extends NapeException {
    private static final long serialVersionUID = 1L;

    CheckAbandonedException() {
        super("The check ended before every question was answered; run './nape check' again,"
                + " or give the answers with --answers FILE.");
        withText("check.abandoned");
    }
}
