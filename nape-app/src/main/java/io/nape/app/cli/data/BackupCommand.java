package io.nape.app.cli.data;

import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.data.Backups;
import io.nape.core.NapeException;
import io.nape.store.persistence.SqliteBackups;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Copy the live SQLite database into a backup file. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "file")
    @Nullable
    Path file;

    @Override
    public void run() {
        Wiring wiring = parent.wiring();
        Path data = Backups.sqliteFile(wiring.config())
                .orElseThrow(
                        () -> new NapeException("backup of a PostgreSQL database").withText("data.backupSqliteOnly"));
        Path written;
        if (file == null) {
            written = SqliteBackups.beside(data)
                    .writeDated(
                            wiring.database(),
                            wiring.clock().instant(),
                            wiring.settings().timeZone());
        } else {
            written = file.toAbsolutePath();
            SqliteBackups.write(wiring.database(), written);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(parent.texts().get("data.backedUp", "file", written.toString()));
        out.flush();
    }
}
