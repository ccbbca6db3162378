package io.nape.app;

/** The running local web app, as the command line sees it: where it listens, and how to stop it. */
public interface WebApp extends AutoCloseable {
    /** The port used when none is given. */
    int DEFAULT_PORT = 7070;

    int port();

    /** The address to open in a browser. */
    String address();

    @Override
    void close();
}
