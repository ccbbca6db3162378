package io.nape.store.persistence.diary;

import io.nape.core.diary.PainEntry;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.Database;
import java.nio.file.Path;
import java.util.Random;

/**
 * Write random pain entries to a SQLite file as fast as possible, printing the id of each one once
 * its save has returned, until the process is killed.
 */
public final class PainEntryWriterProcess {
    private PainEntryWriterProcess() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        try (Database database = Database.openSqlite(file)) {
            JdbcPainEntryRepository repository = new JdbcPainEntryRepository(database, PersonId.LOCAL);
            System.out.println("ready");
            System.out.flush();
            while (true) {
                PainEntry saved = repository.save(PainEntries.aRandomPainEntry(random));
                System.out.println("committed " + saved.id());
                System.out.flush();
            }
        }
    }
}
