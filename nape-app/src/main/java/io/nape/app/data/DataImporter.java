package io.nape.app.data;

import io.nape.app.Wiring;
import io.nape.app.text.Texts;
import io.nape.core.NapeException;
import io.nape.store.persistence.DataImport;
import io.nape.store.persistence.StoreNotEmptyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Write a checked {@link DataBundle} into the data folder: the records in one database transaction,
 * the catalogue files staged beside their places first and moved in only once that transaction has
 * committed. Without merging, the target must hold nothing at all.
 */
public final class DataImporter {
    private final Wiring wiring;
    private final Texts texts;

    /** An importer whose problems are told in the language of {@code texts}. */
    public DataImporter(Wiring wiring, Texts texts) {
        this.wiring = wiring;
        this.texts = texts;
    }

    /** What an import wrote. */
    public record Outcome(int records, int catalogueFiles) {}

    public Outcome importAll(DataBundle bundle, String file, boolean merge) {
        Path catalogueFolder = wiring.config().catalogueFolder();
        Map<String, String> existing = new LinkedHashMap<>();
        PersonalData.catalogueFiles(catalogueFolder, texts).forEach(text -> existing.put(text.name(), text.text()));
        DataImport store = wiring.dataImport();
        if (!merge && (!existing.isEmpty() || !store.isEmpty())) {
            throw notEmpty();
        }
        List<CatalogueText> newFiles = newCatalogueFiles(bundle.catalogueFiles(), existing, file, texts);
        Map<Path, Path> staged = stage(catalogueFolder, newFiles, texts);
        int records;
        try {
            if (merge) {
                records = store.merge(bundle.stored());
            } else {
                store.restore(bundle.stored());
                records = count(bundle);
            }
        } catch (StoreNotEmptyException raced) {
            staged.keySet().forEach(OwnerOnlyFiles::deleteQuietly);
            throw notEmpty();
        } catch (RuntimeException failed) {
            staged.keySet().forEach(OwnerOnlyFiles::deleteQuietly);
            throw failed;
        }
        moveIn(staged, texts);
        return new Outcome(records, newFiles.size());
    }

    private NapeException notEmpty() {
        Path folder = wiring.config().dataFolder();
        return new NapeException("the data folder " + folder + " already holds data")
                .withText("data.notEmpty", "folder", folder.toString());
    }

    private static int count(DataBundle bundle) {
        return bundle.stored().screenings().size()
                + bundle.stored().painEntries().size()
                + bundle.stored().sessionLogs().size()
                + bundle.stored().reminders().size()
                + bundle.stored().psfsAnswers().size();
    }

    private static List<CatalogueText> newCatalogueFiles(
            List<CatalogueText> incoming, Map<String, String> existing, String file, Texts texts) {
        List<CatalogueText> fresh = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int index = 0; index < incoming.size(); index++) {
            CatalogueText text = incoming.get(index);
            String present = existing.get(text.name());
            if (present == null) {
                fresh.add(text);
            } else if (!present.equals(text.text())) {
                problems.add(Problem.of("data.problem.catalogueClash", "path", "catalogueFiles[" + index + "].name"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataFileException(file, problems, texts);
        }
        return fresh;
    }

    /** Write each file to a hidden temporary beside its place; return temporary → place. */
    private static Map<Path, Path> stage(Path folder, List<CatalogueText> files, Texts texts) {
        Map<Path, Path> staged = new LinkedHashMap<>();
        if (files.isEmpty()) {
            return staged;
        }
        OwnerOnlyFiles.createFolder(folder, texts.get("data.catalogueFolder"), texts);
        try {
            for (CatalogueText text : files) {
                Path place = folder.resolve(text.name());
                Path temporary = OwnerOnlyFiles.temporaryBeside(place);
                staged.put(temporary, place);
                Files.writeString(temporary, text.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException failure) {
            staged.keySet().forEach(OwnerOnlyFiles::deleteQuietly);
            throw new NapeException("cannot write to the catalogue folder " + folder, failure)
                    .withText(
                            "data.cannotStageCatalogue",
                            "folder",
                            folder.toString(),
                            "reason",
                            OwnerOnlyFiles.reason(failure, texts));
        }
        return staged;
    }

    private static void moveIn(Map<Path, Path> staged, Texts texts) {
        for (Map.Entry<Path, Path> file : staged.entrySet()) {
            try {
                Files.move(file.getKey(), file.getValue(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException failure) {
                throw new NapeException("cannot move " + file.getKey() + " to " + file.getValue(), failure)
                        .withText(
                                "data.catalogueNotInPlace",
                                "file",
                                file.getValue().toString(),
                                "reason",
                                OwnerOnlyFiles.reason(failure, texts),
                                "kept",
                                file.getKey().toString());
            }
        }
    }
}
