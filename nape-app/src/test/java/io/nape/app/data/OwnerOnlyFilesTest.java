package io.nape.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.app.cli.CliRun;
import io.nape.app.text.Texts;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder is the person's alone: one found open to others is closed, and Nape says so once. */
class OwnerOnlyFilesTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path root;

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void tightensADataFolderOthersCouldReadAndSaysSoOnce() throws Exception {
        Path home = Files.createDirectory(root.resolve("nape"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliRun first = CliRun.run(home, "diary");
        CliRun second = CliRun.run(home, "diary");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err())
                .isEqualTo("The data folder " + home + " was open to others (rwxr-xr-x), so Nape made it yours only"
                        + " (rwx------)." + NL);
        assertThat(mode(home)).isEqualTo("rwx------");
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();
    }

    @Test
    void leavesAnOwnerOnlyFolderAndAMissingOneAlone() throws Exception {
        Path owned = Files.createDirectory(root.resolve("owned"));
        Files.setPosixFilePermissions(owned, PosixFilePermissions.fromString("rwx------"));

        assertThat(OwnerOnlyFiles.tightenFolder(owned, "The data folder", Texts.english()))
                .isEmpty();
        assertThat(OwnerOnlyFiles.tightenFolder(root.resolve("not-there"), "The data folder", Texts.english()))
                .isEmpty();
        assertThat(root.resolve("not-there")).doesNotExist();
    }

    @Test
    void aTemporaryFileBesideTheRootIsRefusedAsHavingNoFolder() {
        Path root = Path.of("/").getRoot();

        assertThatThrownBy(() -> OwnerOnlyFiles.temporaryBeside(root))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("no folder above it");
    }
}
