package io.nape.app.cli.start;

import java.io.Console;
import java.lang.reflect.Method;

/** Tell whether Nape talks to a person at a terminal, rather than to a pipe or a file. */
final class Terminals {
    private Terminals() {}

    static boolean isInteractive() {
        String term = System.getenv("TERM");
        if (term == null || term.equals("dumb")) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From Java 22 a console exists even when redirected; it then says whether it is a terminal.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }
}
