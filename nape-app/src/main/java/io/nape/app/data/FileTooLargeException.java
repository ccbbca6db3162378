package io.nape.app.data;

import java.io.IOException;

/** Say that a file grew past its limit while it was read. */
final class FileTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    FileTooLargeException(String file) {
        super(file + " is larger than its limit");
    }
}
