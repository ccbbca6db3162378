package io.nape.app.config;

import io.nape.core.NapeException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Hold where Nape keeps its data and which database it uses.
 *
 * <p>Precedence: a command-line flag, then the environment ({@code NAPE_HOME}, {@code
 * NAPE_DB_URL}, {@code XDG_DATA_HOME}), then the default {@code ~/.local/share/nape}.
 *
 * <p>Files that can be made again, such as SQLite's native library, go to the cache folder: {@code
 * XDG_CACHE_HOME/nape}, else {@code ~/.cache/nape}.
 *
 * @param databaseUrl a PostgreSQL JDBC URL, or null for the SQLite file in the data folder
 */
public record AppConfig(Path dataFolder, @Nullable String databaseUrl, Path cacheFolder) {
    public static final String DATABASE_FILE = "nape.db";

    public static AppConfig from(Map<String, String> environment, @Nullable String databaseFlag) {
        return new AppConfig(
                dataFolder(environment), databaseUrl(environment, databaseFlag).orElse(null), cacheFolder(environment));
    }

    public Path databaseFile() {
        return dataFolder.resolve(DATABASE_FILE);
    }

    public Path catalogueFolder() {
        return dataFolder.resolve("catalogue");
    }

    /** The folder of the person's own catalogue files, from the environment alone. */
    public static Path catalogueFolder(Map<String, String> environment) {
        return dataFolder(environment).resolve("catalogue");
    }

    static Path dataFolder(Map<String, String> environment) {
        String home = nonBlank(environment.get("NAPE_HOME"));
        if (home != null) {
            return Path.of(home).toAbsolutePath();
        }
        String xdg = nonBlank(environment.get("XDG_DATA_HOME"));
        if (xdg != null) {
            return Path.of(xdg, "nape").toAbsolutePath();
        }
        String userHome = nonBlank(environment.get("HOME"));
        return Path.of(userHome != null ? userHome : System.getProperty("user.home"), ".local", "share", "nape");
    }

    static Path cacheFolder(Map<String, String> environment) {
        String xdg = nonBlank(environment.get("XDG_CACHE_HOME"));
        if (xdg != null) {
            return Path.of(xdg, "nape").toAbsolutePath();
        }
        String userHome = nonBlank(environment.get("HOME"));
        return Path.of(userHome != null ? userHome : System.getProperty("user.home"), ".cache", "nape");
    }

    static Optional<String> databaseUrl(Map<String, String> environment, @Nullable String databaseFlag) {
        String url = nonBlank(databaseFlag);
        if (url == null) {
            url = nonBlank(environment.get("NAPE_DB_URL"));
        }
        if (url != null && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:sqlite:")) {
            throw new NapeException("The database URL must start with 'jdbc:postgresql:' or 'jdbc:sqlite:'. "
                    + "Check --db or NAPE_DB_URL.");
        }
        return Optional.ofNullable(url);
    }

    private static @Nullable String nonBlank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
