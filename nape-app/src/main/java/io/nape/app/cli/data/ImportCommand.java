package io.nape.app.cli.data;

import io.nape.app.cli.NapeCommand;
import io.nape.app.data.DataBundle;
import io.nape.app.data.DataFileReader;
import io.nape.app.data.DataImporter;
import io.nape.app.text.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Restore everything from a JSON export. */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--merge")
    boolean merge;

    @Override
    public void run() {
        Texts texts = parent.texts();
        DataBundle bundle = DataFileReader.read(file, texts);
        DataImporter.Outcome outcome =
                new DataImporter(parent.wiring(), texts).importAll(bundle, file.toString(), merge);
        PrintWriter out = spec.commandLine().getOut();
        out.println(texts.get(
                "data.imported",
                "records",
                outcome.records(),
                "files",
                outcome.catalogueFiles(),
                "file",
                file.toString()));
        out.flush();
    }
}
