package io.nape.core.presence;

import java.util.Locale;

/** What a sensor says of the person at one moment. */
public enum PresenceState {
    /** At the desk, using the computer. */
    PRESENT,
    /** No input for a while; the person may have left. */
    AWAY,
    /** The screen is locked. */
    LOCKED,
    /** The desktop's do-not-disturb is on. */
    DO_NOT_DISTURB,
    /** A program fills the screen (a presentation, a video, a game). */
    FULL_SCREEN,
    /** Another program uses the microphone or the camera. */
    IN_CALL;

    /** Whether a reminder may be shown now: the person is there and nothing says they are busy. */
    public boolean free() {
        return this == PRESENT;
    }

    /** Whether the person is not at the desk at all (away or locked), as opposed to there but busy. */
    public boolean absent() {
        return this == AWAY || this == LOCKED;
    }

    /** The name in records and JSON, such as {@code do-not-disturb}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
