package io.nape.store.catalogue;

import io.nape.store.yaml.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Read one of the person's own catalogue files, never more than {@link YamlFile#MAX_SIZE} bytes: the
 * size on disk is looked at first, and the reading stops there too, in case the file grows meanwhile.
 */
final class UserFile {
    private UserFile() {}

    /** The file's text, or empty when it is not a regular file or is too large. */
    static Optional<String> read(Path path) throws IOException {
        if (!Files.isRegularFile(path) || Files.size(path) > YamlFile.MAX_SIZE) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(YamlFile.MAX_SIZE + 1);
        }
        if (bytes.length > YamlFile.MAX_SIZE) {
            return Optional.empty();
        }
        return Optional.of(StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString());
    }
}
