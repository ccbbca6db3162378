package io.nape.app.cli.start;

/** Where the player's keys come from. */
interface KeyInput {
    int TIMEOUT = -2;
    int END = -1;

    /** Wait up to {@code timeoutMs} for a key; {@link #TIMEOUT} if none came, {@link #END} at end of input. */
    int read(long timeoutMs);
}
