package io.nape.app.cli;

import io.nape.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Run the command line in-process with its own data folder and capture what it prints. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                args,
                Map.of("NAPE_HOME", home.toString(), "HOME", home.toString()),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
