package io.nape.app.usecase;

import io.nape.app.ReadCache;
import io.nape.app.text.Language;
import io.nape.app.usecase.check.TakeCheck;
import io.nape.app.usecase.session.SessionStart;
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
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the use cases and the pages may reach of one person: their stored records, their settings,
 * the catalogue and the clock. The local program has one person, and {@code Wiring} is this port for
 * them; a server for several people gives each request the records of the person it acts for, so
 * neither the use cases nor the pages change when accounts arrive.
 */
public interface PersonRecords {
    /** The person these records belong to. */
    PersonId person();

    /** The one clock every use case reads the time from. */
    Clock clock();

    /** The built-in catalogue plus the person's own files, in English. */
    Catalogue catalogue();

    /** The catalogue in a language: its texts where the language has them, English elsewhere. */
    Catalogue catalogue(Language language);

    /** The routines' lengths, each timeline expanded once. */
    RoutineLengths routineLengths();

    /** What was read from the database, kept until anything in it changes. */
    ReadCache reads();

    /** The person's plan settings: the stored ones, else the defaults. */
    Settings settings();

    /** The person's plan settings, read through one request's kept reads. */
    Settings settings(ReadCache.Snapshot reads);

    SettingsRepository settingsRepository();

    ReminderRepository reminders();

    ScreeningRepository screenings();

    SessionLogRepository sessionLogs();

    PainEntryRepository painEntries();

    /** The person's PSFS answers. */
    PsfsRepository psfs();

    /** The person's decisions on the programme's proposals. */
    ProgrammeDecisionRepository programmeDecisions();

    /** Run several reads as one, through one connection where the store has such a thing. */
    <T> T inOneReading(Supplier<T> reads);

    /** The one door of every session, its timelines in a language. */
    SessionStart sessionStart(Language language);

    /** The one door of every session, its timelines in a language, reading through kept reads. */
    SessionStart sessionStart(Language language, ReadCache.Snapshot reads);

    /** Take a check: assess the answers and keep them as the advice in force. */
    TakeCheck takeCheck();
}
