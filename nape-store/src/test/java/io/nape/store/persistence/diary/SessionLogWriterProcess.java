package io.nape.store.persistence.diary;

import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.Database;
import java.nio.file.Path;
import java.util.Random;

/**
 * Write random session logs to a SQLite file as fast as possible, printing the id of each one once
 * its save has returned, until the process is killed.
 */
public final class SessionLogWriterProcess {
    private SessionLogWriterProcess() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        try (Database database = Database.openSqlite(file)) {
            JdbcSessionLogRepository repository = new JdbcSessionLogRepository(database, PersonId.LOCAL);
            System.out.println("ready");
            System.out.flush();
            while (true) {
                SessionLog saved = repository.save(SessionLogs.aRandomSessionLog(random));
                System.out.println(
                        "committed " + saved.id() + " " + saved.exercises().size());
                System.out.flush();
            }
        }
    }
}
