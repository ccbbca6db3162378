package io.nape.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.StorageException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fault of the data file names a text: in English the same words as its message, in Russian
 * its own with the same files and commands, in the pseudo-language bracketed.
 */
class StorageTextsTest {
    private static final Texts ENGLISH = Texts.english();
    private static final Texts RUSSIAN = Texts.of(Language.RUSSIAN);
    private static final Texts PSEUDO = Texts.of(Language.PSEUDO);

    @TempDir
    Path home;

    @Test
    void refusesToReplaceAMissingFileBesideBackups() throws Exception {
        Path backup = aBackup();

        StorageException missing = refusal(home.resolve("nape.db"));

        assertThat(missing.textKey()).isEqualTo("storage.missing");
        assertTextsAgree(missing, "./nape restore " + backup, "./nape restore --empty");
        assertThat(RUSSIAN.explain(missing))
                .isEqualTo("Файла данных " + home.resolve("nape.db")
                        + " нет, но есть его резервные копии, поэтому Nape не создаёт новый. Восстановите самую"
                        + " новую резервную копию: «./nape restore " + backup + "». Или начните с пустого файла"
                        + " данных: «./nape restore --empty».");
    }

    @Test
    void refusesToReplaceAnEmptyFileBesideBackups() throws Exception {
        Path backup = aBackup();
        Files.createFile(home.resolve("nape.db"));

        StorageException empty = refusal(home.resolve("nape.db"));

        assertThat(empty.textKey()).isEqualTo("storage.empty");
        assertTextsAgree(empty, "./nape restore " + backup);
        assertThat(RUSSIAN.explain(empty)).contains(" пуст, но есть его резервные копии");
    }

    @Test
    void offersAnEmptyStartWhenADamagedFileWasKeptAsideAndNoBackupExists() throws Exception {
        Files.writeString(home.resolve("nape.db.damaged-20260330-080000"), "kept");

        StorageException kept = refusal(home.resolve("nape.db"));

        assertThat(kept.textKey()).isEqualTo("storage.damaged.keptAside.startEmpty");
        assertTextsAgree(
                kept,
                "./nape restore --empty",
                home.resolve("nape.db.damaged-20260330-080000").toString());
    }

    @Test
    void keepsAFileThatIsNotADatabaseAsideAndOffersAnEmptyStart() throws Exception {
        Files.write(
                home.resolve("nape.db"),
                "not a database at all, but text".repeat(200).getBytes(StandardCharsets.UTF_8));

        StorageException damaged = refusal(home.resolve("nape.db"));

        assertThat(damaged.textKey()).isEqualTo("storage.damaged.atOpen.startEmpty");
        assertThat(damaged.passes()).isFalse();
        assertTextsAgree(damaged, "./nape restore --empty");
    }

    @Test
    void saysWhenTheDataFileCannotBeCreated() throws Exception {
        Path blocker = Files.writeString(home.resolve("a-file"), "in the way");

        StorageException unavailable = refusal(blocker.resolve("nape.db"));

        assertThat(unavailable.textKey()).isEqualTo("storage.cannotCreate");
        assertTextsAgree(unavailable, "NAPE_HOME");
        assertThat(RUSSIAN.explain(unavailable))
                .startsWith("Не удалось создать файл данных " + blocker.resolve("nape.db"));
    }

    private static StorageException refusal(Path file) {
        return catchThrowableOfType(
                StorageException.class, () -> Database.openSqlite(file).close());
    }

    private Path aBackup() throws Exception {
        Path backups = Files.createDirectories(home.resolve("backups"));
        return Files.writeString(backups.resolve("nape-20260330-080000.db"), "a backup");
    }

    /** English is the message; Russian differs but names the same files and commands; pseudo brackets. */
    private static void assertTextsAgree(StorageException fault, String... named) {
        assertThat(ENGLISH.explain(fault)).isEqualTo(fault.getMessage());
        assertThat(RUSSIAN.explain(fault)).isNotEqualTo(fault.getMessage()).matches("(?s).*[а-яё].*");
        for (String word : List.of(named)) {
            assertThat(ENGLISH.explain(fault)).contains(word);
            assertThat(RUSSIAN.explain(fault)).contains(word);
        }
        assertThat(PSEUDO.explain(fault)).contains("[");
    }
}
