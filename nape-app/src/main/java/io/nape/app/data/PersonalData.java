package io.nape.app.data;

import io.nape.app.Wiring;
import io.nape.app.text.Texts;
import io.nape.core.NapeException;
import io.nape.store.persistence.DataExport;
import io.nape.store.yaml.YamlFile;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /**
     * Hand the store's rows, read in one transaction, and the person's catalogue files to the
     * exporter, which writes them out as they come.
     */
    public static <T> T export(Wiring wiring, DataExport.Reader<T> exporter) {
        try {
            return wiring.dataExport().read(exporter);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The person's catalogue files ({@code *.yaml} in the folder), by name. */
    public static List<CatalogueText> catalogueFiles(Path folder, Texts texts) {
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
            throw new NapeException("cannot read the catalogue folder " + folder, failure)
                    .withText(
                            "data.cannotReadCatalogue",
                            "folder",
                            folder.toString(),
                            "reason",
                            OwnerOnlyFiles.reason(failure, texts));
        }
        return files;
    }

    private static String readText(Path file) throws IOException {
        if (Files.size(file) > YamlFile.MAX_SIZE) {
            throw new NapeException("the catalogue file " + file + " is larger than " + YamlFile.MAX_SIZE + " bytes")
                    .withText(
                            "data.catalogueFileTooLarge",
                            "file",
                            file.toString(),
                            "megabytes",
                            YamlFile.MAX_SIZE / (1024 * 1024));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            throw new NapeException("the catalogue file " + file + " is not UTF-8", notUtf8)
                    .withText("data.catalogueFileNotUtf8", "file", file.toString());
        }
    }
}
