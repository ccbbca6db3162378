package io.nape.store.persistence;

import java.util.Locale;

/** The two databases Nape runs on; each has its own migration folder. */
public enum SqlDialect {
    SQLITE,
    POSTGRESQL;

    String migrationLocation() {
        return "classpath:db/migration/" + name().toLowerCase(Locale.ROOT);
    }
}
