package io.nape.app;

import io.nape.app.config.AppConfig;
import io.nape.app.data.OwnerOnlyFiles;
import io.nape.app.desktop.DesktopBus;
import io.nape.app.notify.ReminderHub;
import io.nape.app.text.Language;
import io.nape.app.text.PseudoCatalogue;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.check.TakeCheck;
import io.nape.app.usecase.session.SessionStart;
import io.nape.app.web.WebServer;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.diary.PainEntryRepository;
import io.nape.core.diary.SessionLogRepository;
import io.nape.core.person.PersonId;
import io.nape.core.plan.ReminderRepository;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import io.nape.core.plan.SettingsRepository;
import io.nape.core.programme.ProgrammeDecisionRepository;
import io.nape.core.psfs.PsfsRepository;
import io.nape.core.safety.ScreeningRepository;
import io.nape.store.catalogue.CatalogueLoad;
import io.nape.store.catalogue.CatalogueLoader;
import io.nape.store.persistence.DataExport;
import io.nape.store.persistence.DataImport;
import io.nape.store.persistence.DataVersion;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.SqliteNativeLibrary;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import io.nape.store.persistence.diary.JdbcSessionLogRepository;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import io.nape.store.persistence.plan.JdbcSettingsRepository;
import io.nape.store.persistence.programme.JdbcProgrammeDecisionRepository;
import io.nape.store.persistence.psfs.JdbcPsfsRepository;
import io.nape.store.persistence.safety.JdbcScreeningRepository;
import io.nape.store.safety.TriageRulesLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Build the adapters, each on first use, so that a command pays only for what it touches: listing
 * routines never opens the database.
 */
public final class Wiring implements PersonRecords, AutoCloseable {
    /** How many values read from the database are kept at most; see {@link #reads()}. */
    public static final int KEPT_READS = 64;

    private final AppConfig config;
    private final PrintWriter warnings;
    private final Clock clock;
    private final Texts warningTexts;
    private @Nullable CatalogueLoad catalogueLoad;
    private @Nullable Catalogue pseudoCatalogue;
    private @Nullable Database database;
    private @Nullable RoutineLengths routineLengths;
    private volatile @Nullable ReadCache reads;

    public Wiring(AppConfig config, PrintWriter warnings) {
        this(config, warnings, Clock.systemUTC());
    }

    /** Wiring whose every edge and use case takes time from {@code clock}. */
    public Wiring(AppConfig config, PrintWriter warnings, Clock clock) {
        this(config, warnings, clock, Texts.english());
    }

    /** Wiring that gives its own warnings (such as about the data folder's modes) in the language of {@code texts}. */
    public Wiring(AppConfig config, PrintWriter warnings, Clock clock, Texts texts) {
        this.config = config;
        this.warnings = warnings;
        this.clock = clock;
        this.warningTexts = texts;
    }

    /** The local program's one person. */
    @Override
    public PersonId person() {
        return PersonId.LOCAL;
    }

    /** The one clock of the program: every edge and use case reads the time from it. */
    @Override
    public Clock clock() {
        return clock;
    }

    public AppConfig config() {
        return config;
    }

    /** The built-in catalogue plus the person's own files; problems in those are reported once. */
    @Override
    public synchronized Catalogue catalogue() {
        return load().catalogue();
    }

    /**
     * The catalogue in a language: its texts where the language has them, English elsewhere; in
     * the pseudo-language, every text of the English one made pseudo.
     */
    @Override
    public synchronized Catalogue catalogue(Language language) {
        return switch (language) {
            case ENGLISH -> catalogue();
            case RUSSIAN -> load().catalogue(language.locale());
            case PSEUDO -> {
                if (pseudoCatalogue == null) {
                    pseudoCatalogue = PseudoCatalogue.of(catalogue());
                }
                yield pseudoCatalogue;
            }
        };
    }

    private synchronized CatalogueLoad load() {
        if (catalogueLoad == null) {
            Path folder = config.catalogueFolder();
            CatalogueLoad load = CatalogueLoading.take(folder).orElseGet(() -> new CatalogueLoader().load(folder));
            for (String skipped : load.skippedFiles()) {
                warnings.println("Left out catalogue file " + skipped + " because of the problems below:");
            }
            load.problems().forEach(problem -> warnings.println("  " + problem));
            warnings.flush();
            catalogueLoad = load;
        }
        return catalogueLoad;
    }

    /** The routines' lengths, each timeline expanded once for the life of this wiring. */
    @Override
    public synchronized RoutineLengths routineLengths() {
        if (routineLengths == null) {
            routineLengths = RoutineLengths.of(catalogue());
        }
        return routineLengths;
    }

    /** The database: the SQLite file in the data folder, or the one named by the URL. */
    public synchronized Database database() {
        if (database == null) {
            LoggingStart.await(); // the drivers log through SLF4J
            String url = config.databaseUrl();
            if (url == null || url.startsWith("jdbc:sqlite:")) {
                SqliteNativeLibrary.useCacheIn(config.cacheFolder());
            }
            // A SQLite database holds one connection open until it is closed: otherwise every statement's
            // connection is SQLite's last, and closing it checkpoints the WAL and syncs the file.
            OwnerOnlyFiles.tightenFolder(config.dataFolder(), warningTexts.get("data.dataFolder"), warningTexts)
                    .ifPresent(this::warn);
            database = url == null ? Database.openSqlite(config.databaseFile()) : Database.open(url);
        }
        return database;
    }

    private void warn(String line) {
        warnings.println(line);
        warnings.flush();
    }

    /**
     * What was read from the database, kept until anything in it changes. On SQLite the held
     * connection tells a change by any connection or process ({@link DataVersion}); PostgreSQL has no
     * such detector here, so there every read goes to the database.
     */
    @Override
    public ReadCache reads() {
        ReadCache kept = reads;
        return kept != null ? kept : openReads();
    }

    private synchronized ReadCache openReads() {
        ReadCache kept = reads;
        if (kept == null) {
            kept = new ReadCache(database().dataVersion()::current, KEPT_READS);
            reads = kept;
        }
        return kept;
    }

    /** The person's plan settings: the stored ones, else the defaults in this computer's time zone. */
    @Override
    public Settings settings() {
        return settings(reads().snapshot());
    }

    /** The person's plan settings, as {@link #settings()}, under a snapshot taken for one request. */
    @Override
    public Settings settings(ReadCache.Snapshot reads) {
        return reads.get(
                StoredSettings.INSTANCE,
                () -> settingsRepository().find().orElseGet(() -> Settings.defaults(ZoneId.systemDefault())));
    }

    /** The key of the settings among the kept reads. */
    private enum StoredSettings {
        INSTANCE
    }

    /**
     * Start the local web app on 127.0.0.1 and {@code port} (0 picks a free one) over these
     * adapters; {@code reminders} connects its pages with a running reminder loop.
     */
    public WebApp startWebApp(int port, ReminderHub reminders) {
        return WebServer.start(port, WebServer.features(this, reminders));
    }

    /** Start the local web app without a reminder loop. */
    public WebApp startWebApp(int port) {
        return startWebApp(port, ReminderHub.withoutLoop());
    }

    /** The one door of every session: whether a routine may start now, under the advice in force. */
    public SessionStart sessionStart() {
        return new SessionStart(
                this::catalogue, new StoredSafetyHistory(this::screenings, this::painEntries, null), clock);
    }

    /** The one door of every session, its timelines in a language. */
    @Override
    public SessionStart sessionStart(Language language) {
        return new SessionStart(
                () -> catalogue(language), new StoredSafetyHistory(this::screenings, this::painEntries, null), clock);
    }

    /** The door of every session in a language, reading through one request's kept reads. */
    @Override
    public SessionStart sessionStart(Language language, ReadCache.Snapshot reads) {
        return new SessionStart(
                () -> catalogue(language), new StoredSafetyHistory(this::screenings, this::painEntries, reads), clock);
    }

    /** The door of every session, as {@link #sessionStart()}, reading through one request's kept reads. */
    public SessionStart sessionStart(ReadCache.Snapshot reads) {
        return new SessionStart(
                this::catalogue, new StoredSafetyHistory(this::screenings, this::painEntries, reads), clock);
    }

    /** Take a check: assess the answers and keep them as the advice in force, unless they say nothing. */
    @Override
    public TakeCheck takeCheck() {
        return new TakeCheck(TriageRulesLoader.bundled(), screenings(), clock);
    }

    /** Run several reads through one connection of the database. */
    @Override
    public <T> T inOneReading(Supplier<T> reads) {
        return database().jdbi().withHandle(handle -> reads.get());
    }

    /**
     * The desktop session's bus, named by {@code DBUS_SESSION_BUS_ADDRESS} in {@code environment};
     * empty without a desktop, or when it does not answer. The caller closes it.
     */
    public Optional<DesktopBus> desktopBus(Map<String, String> environment) {
        return DesktopBus.connect(environment);
    }

    /**
     * The system bus, where the login manager keeps each session's lock and idle state: named by
     * {@code DBUS_SYSTEM_BUS_ADDRESS}, else the standard socket; empty when it does not answer. The
     * caller closes it.
     */
    public Optional<DesktopBus> systemBus(Map<String, String> environment) {
        return DesktopBus.connectSystem(environment);
    }

    /** The import of a whole data file into the database, as the person's rows, in one transaction. */
    public DataImport dataImport() {
        return new DataImport(database(), person());
    }

    /** The export of everything stored of the person, read a row at a time. */
    public DataExport dataExport() {
        return new DataExport(database(), person());
    }

    @Override
    public SettingsRepository settingsRepository() {
        return new JdbcSettingsRepository(database(), person());
    }

    @Override
    public ReminderRepository reminders() {
        return new JdbcReminderRepository(database(), person());
    }

    @Override
    public ScreeningRepository screenings() {
        return new JdbcScreeningRepository(database(), person());
    }

    @Override
    public SessionLogRepository sessionLogs() {
        return new JdbcSessionLogRepository(database(), person());
    }

    @Override
    public PainEntryRepository painEntries() {
        return new JdbcPainEntryRepository(database(), person());
    }

    @Override
    public PsfsRepository psfs() {
        return new JdbcPsfsRepository(database(), person());
    }

    @Override
    public ProgrammeDecisionRepository programmeDecisions() {
        return new JdbcProgrammeDecisionRepository(database(), person());
    }

    @Override
    public synchronized void close() {
        reads = null;
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
