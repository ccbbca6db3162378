package io.nape.app.data;

import io.nape.app.Wiring;
import io.nape.core.NapeException;
import io.nape.core.plan.ReminderRepository;
import io.nape.store.persistence.StoredData;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Gather everything a person owns from the store and the catalogue folder. */
public final class PersonalData {
    private PersonalData() {}

    public static DataBundle read(Wiring wiring) {
        ReminderRepository reminders = wiring.reminders();
        StoredData stored = new StoredData(
                wiring.settingsRepository().find().orElse(null),
                reminders.pausedUntil().orElse(null),
                wiring.screenings().findAll(),
                wiring.painEntries().findAll(),
                wiring.sessionLogs().findAll(),
                reminders.findAll());
        return new DataBundle(stored, catalogueFiles(wiring.config().catalogueFolder()));
    }

    /** The person's catalogue files ({@code *.yaml} in the folder), by name. */
    public static List<CatalogueText> catalogueFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<CatalogueText> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList()) {
                String name = file.getFileName().toString();
                if (CatalogueText.NAME.matcher(name).matches()) {
                    files.add(new CatalogueText(name, readText(file)));
                }
            }
        } catch (IOException failure) {
            throw new NapeException("Cannot read the catalogue folder " + folder + " (" + OwnerOnlyFiles.reason(failure)
                    + "); check its permissions.");
        }
        return files;
    }

    private static String readText(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            throw new NapeException(
                    "The catalogue file " + file + " is not UTF-8 text; save it as UTF-8 and export again.");
        }
    }
}
