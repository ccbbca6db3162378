package io.nape.app.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.cli.PseudoLines;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export, import, backup and restore in Russian and in the pseudo-language. */
class DataCommandsInLanguagesTest {
    private static final String NL = System.lineSeparator();
    private static final Texts RUSSIAN = Texts.of(Language.RUSSIAN);

    @TempDir
    Path home;

    @TempDir
    Path files;

    @Test
    void exportsAndImportsInRussian() {
        Path export = files.resolve("x.json");
        CliRun.run(home, "log", "pain", "3");

        CliRun exported = CliRun.run(home, "--lang", "ru", "export", "--json", export.toString());
        CliRun refused = CliRun.run(home, "--lang", "ru", "import", export.toString());

        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).isEqualTo("Записано 1 запись и 0 файлов каталога в " + export + "." + NL);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .startsWith("В папке данных " + home + " уже есть данные, поэтому ничего не импортировано;")
                .contains("добавьте --merge");
    }

    @Test
    void refusesAFolderAsTheExportFileInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "export", "--json", files.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("--json " + files + " — это папка; укажите имя файла, например " + files.resolve("nape.json")
                        + "." + NL);
    }

    @Test
    void namesTheFirstProblemOfABadFileAndCountsTheOthersInRussian() throws Exception {
        Path bad = files.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"formatVersion\": 1, \"settings\": null, \"pausedUntil\": null, \"screenings\": [],"
                        + " \"sessionLogs\": [], \"reminders\": [], \"catalogueFiles\": [], \"painEntries\": [{\"id\": 0, \"at\": \"2026-03-30T08:00:00Z\", \"pain\": 12,"
                        + " \"where\": [], \"character\": [], \"stiffness\": null, \"note\": \"\"}]}",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run(home, "--lang", "ru", "import", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Не удалось импортировать " + bad + ": painEntries[0].id должно быть целым числом от 1 и"
                        + " больше (и ещё 1 ошибка); ничего не импортировано." + NL);
    }

    @Test
    void saysAFileIsNotJsonInRussian() throws Exception {
        Path bad = files.resolve("bad.json");
        Files.writeString(bad, "nope", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(home, "--lang", "ru", "import", bad.toString());

        assertThat(run.err())
                .isEqualTo("Не удалось импортировать " + bad
                        + ": это не правильный JSON (строка 1, столбец 1); ничего не импортировано." + NL);
    }

    @Test
    void backsUpAndRefusesToReplaceABackupInRussian() {
        Path backup = files.resolve("copy.db");

        CliRun made = CliRun.run(home, "--lang", "ru", "backup", backup.toString());
        CliRun again = CliRun.run(home, "--lang", "ru", "backup", backup.toString());

        assertThat(made.out())
                .isEqualTo(
                        "Данные скопированы в " + backup + "; восстановить их: './nape restore " + backup + "'." + NL);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err())
                .isEqualTo("Файл копии " + backup + " уже есть; выберите новое имя, чтобы ни одна копия не была"
                        + " заменена." + NL);
    }

    @Test
    void refusesToRestoreWithoutABackupInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "restore");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Укажите файл копии FILE, который нужно восстановить, или добавьте --empty,");
    }

    @Test
    void bracketsEveryLineOfTheDataCommandsInThePseudoLanguage() throws Exception {
        Path export = files.resolve("x.json");
        Path bad = files.resolve("bad.json");
        Files.writeString(bad, "{\"formatVersion\": 1, \"bogus\": 1}", StandardCharsets.UTF_8);
        String[][] commands = {
            {"export", "--json", export.toString()},
            {"export", "--json", files.toString()},
            {"export", "--csv", files.resolve("tables").toString()},
            {"export", "--ics", files.resolve("plan.ics").toString()},
            {"import", export.toString()},
            {"import", bad.toString()},
            {"import", files.resolve("missing.json").toString()},
            {"backup", files.resolve("copy.db").toString()},
            {"backup", files.resolve("copy.db").toString()},
            {"restore", files.resolve("copy.db").toString()},
            {"restore", "--empty", "--force"},
        };
        for (String[] command : commands) {
            String[] args = new String[command.length + 2];
            args[0] = "--lang";
            args[1] = "en-XA";
            System.arraycopy(command, 0, args, 2, command.length);

            CliRun run = CliRun.run(home, args);

            PseudoLines.assertEveryLineBracketed(run.out());
            PseudoLines.assertEveryLineBracketed(run.err());
        }
    }

    @Test
    void countsRecordsAndFilesInRussianPlurals() {
        assertThat(imported(1, 1)).startsWith("Импортировано 1 запись и 1 файл каталога из");
        assertThat(imported(3, 3)).startsWith("Импортировано 3 записи и 3 файла каталога из");
        assertThat(imported(5, 5)).startsWith("Импортировано 5 записей и 5 файлов каталога из");
        assertThat(imported(21, 21)).startsWith("Импортировано 21 запись и 21 файл каталога из");
    }

    @Test
    void countsRecordsAndFilesInEnglishPluralsWithTheFiguresAsTyped() {
        Texts english = Texts.english();

        assertThat(english.get("data.imported", "records", 1, "files", 1, "file", "x.json"))
                .isEqualTo("Imported 1 record and 1 catalogue file from x.json.");
        assertThat(english.get("data.exported", "records", 12_345, "files", 3, "file", "x.json"))
                .isEqualTo("Wrote 12345 records and 3 catalogue files to x.json.");
    }

    @Test
    void countsTheOtherProblemsInRussianPlurals() {
        assertThat(more(1)).endsWith(": x (и ещё 1 ошибка); ничего не импортировано.");
        assertThat(more(3)).endsWith(": x (и ещё 3 ошибки); ничего не импортировано.");
        assertThat(more(5)).endsWith(": x (и ещё 5 ошибок); ничего не импортировано.");
        assertThat(more(21)).endsWith(": x (и ещё 21 ошибка); ничего не импортировано.");
        assertThat(more(0)).endsWith(": x; ничего не импортировано.");
    }

    @Test
    void saysTheLongestTextInRussianPlurals() {
        assertThat(RUSSIAN.get("data.problem.text", "path", "note", "max", 1)).endsWith("не длиннее 1 знака");
        assertThat(RUSSIAN.get("data.problem.text", "path", "note", "max", 3)).endsWith("не длиннее 3 знаков");
        assertThat(RUSSIAN.get("data.problem.text", "path", "note", "max", 5)).endsWith("не длиннее 5 знаков");
        assertThat(RUSSIAN.get("data.problem.text", "path", "note", "max", 21)).endsWith("не длиннее 21 знака");
    }

    private static String imported(int records, int files) {
        return RUSSIAN.get("data.imported", "records", records, "files", files, "file", "x.json");
    }

    private static String more(int count) {
        return RUSSIAN.get("data.invalidFile", "file", "f.json", "problem", "x", "more", count);
    }
}
