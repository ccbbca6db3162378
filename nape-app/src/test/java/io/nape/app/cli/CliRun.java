package io.nape.app.cli;

import io.nape.app.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Run the command line in-process with its own data folder and capture what it prints. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun run(Path home, String... args) {
        return runWithInput(home, "", args);
    }

    /** Run with the given text as standard input, as when keys come through a pipe. */
    public static CliRun runWithInput(Path home, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                args,
                Map.of("NAPE_HOME", home.toString(), "HOME", home.toString()),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
