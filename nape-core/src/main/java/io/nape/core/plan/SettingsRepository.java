package io.nape.core.plan;

import java.util.Optional;

/** Keep the person's plan settings; empty until they first change one. */
public interface SettingsRepository {
    Optional<Settings> find();

    /** Replace the stored settings; durable when this returns. */
    void save(Settings settings);
}
