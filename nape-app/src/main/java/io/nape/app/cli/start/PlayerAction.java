package io.nape.app.cli.start;

/** What a key asks the player to do. */
enum PlayerAction {
    PAUSE_OR_RESUME,
    SKIP,
    STOP_FOR_PAIN,
    QUIT,
    NONE;

    static PlayerAction forKey(int key) {
        switch (key) {
            case ' ':
                return PAUSE_OR_RESUME;
            case 'n':
            case 'N':
                return SKIP;
            case 'p':
            case 'P':
                return STOP_FOR_PAIN;
            case 'q':
            case 'Q':
            case 3: // Ctrl-C when the terminal delivers it as a character
            case 4: // Ctrl-D
                return QUIT;
            default:
                return NONE;
        }
    }
}
