package io.nape.app.cli.figures;

import io.nape.app.cli.NapeCommand;
import io.nape.app.data.OwnerOnlyFiles;
import io.nape.app.figure.ContactSheets;
import io.nape.app.text.Texts;
import io.nape.core.NapeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Write the contact sheets of the catalogue's figures into a folder. */
@Command(name = "figures", mixinStandardHelpOptions = true)
public final class FiguresCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true)
    Path out;

    @Override
    public void run() {
        Texts texts = parent.texts();
        Map<String, String> pages = ContactSheets.of(parent.wiring().catalogue(texts.language()), texts);
        Path folder = folder(texts);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            try {
                Files.writeString(folder.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            } catch (IOException failure) {
                throw cannotWrite(failure, texts);
            }
        }
        PrintWriter printed = spec.commandLine().getOut();
        printed.println(texts.get(
                "figures.written",
                "pages",
                pages.size() - 1,
                "folder",
                out.toString(),
                "index",
                folder.resolve(ContactSheets.INDEX).toString()));
        printed.flush();
    }

    private Path folder(Texts texts) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new NapeException("--out " + out + " is a file")
                    .withText("figures.outIsFile", "folder", out.toString());
        }
        for (Path above = out.toAbsolutePath().getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above)) {
                if (!Files.isDirectory(above)) {
                    throw new NapeException("--out " + out + " lies under the file " + above)
                            .withText("figures.underFile", "folder", out.toString(), "file", above.toString());
                }
                break;
            }
        }
        try {
            return Files.createDirectories(out);
        } catch (IOException failure) {
            throw cannotWrite(failure, texts);
        }
    }

    private NapeException cannotWrite(IOException failure, Texts texts) {
        return new NapeException("cannot write the contact sheets to " + out, failure)
                .withText(
                        "figures.cannotWrite",
                        "folder",
                        out.toString(),
                        "reason",
                        OwnerOnlyFiles.reason(failure, texts));
    }
}
