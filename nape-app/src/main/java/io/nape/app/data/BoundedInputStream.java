package io.nape.app.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Read a stream, failing with {@link FileTooLargeException} once more than a limit has come through. */
final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final String file;
    private long read;

    BoundedInputStream(InputStream in, long limit, String file) {
        super(in);
        this.limit = limit;
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            count(count);
        }
        return count;
    }

    private void count(int bytes) throws FileTooLargeException {
        read += bytes;
        if (read > limit) {
            throw new FileTooLargeException(file);
        }
    }
}
