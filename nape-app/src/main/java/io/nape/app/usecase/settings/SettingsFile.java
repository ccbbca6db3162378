package io.nape.app.usecase.settings;

import io.nape.app.json.JsonOutput;
import io.nape.app.text.Phrase;
import io.nape.app.text.Texts;
import io.nape.app.usecase.dates.DateLimits;
import io.nape.core.NapeException;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.plan.BreakRules;
import io.nape.core.plan.InvalidSettingsException;
import io.nape.core.plan.LunchBreak;
import io.nape.core.plan.Settings;
import io.nape.core.plan.WeekSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Read settings from a JSON file, strictly: an unknown key, a value of the wrong type or a value out
 * of range is an error, one sentence each, naming the file, the key and what is allowed. A key left
 * out takes its default ({@link Settings#defaults}); {@code "lunch": null} means no lunch break and
 * {@code "relaxationStart": null} no relaxation lessons, {@code "yogaTime": null} yoga right after work.
 *
 * <pre>{"timeZone": "Europe/Berlin", "workDays": ["MON", "TUE"], "workStart": "09:00", "workEnd": "18:00",
 *  "lunch": {"start": "13:00", "end": "14:00"}, "morning": "07:30", "evening": "21:00",
 *  "breakEveryMinutes": 60, "quietDays": ["2026-12-25"], "level": "standard", "relaxationStart": "2026-01-05",
 *  "microBreakMinutes": 2, "naturalBreakMinutes": 5, "maxPostponeMinutes": 30, "callDetection": true,
 *  "yogaDays": ["MON", "WED", "FRI"], "yogaTime": null, "lunchSession": false}</pre>
 *
 * <p>Each problem is a {@link Phrase} (a key of {@code settings.problem.} and its arguments), so that
 * every edge says it in the person's language; the exception's message is the same text in English.
 */
public final class SettingsFile {
    static final List<String> KEYS = List.of(
            "timeZone",
            "workDays",
            "workStart",
            "workEnd",
            "lunch",
            "morning",
            "evening",
            "breakEveryMinutes",
            "quietDays",
            "level",
            "relaxationStart",
            "microBreakMinutes",
            "naturalBreakMinutes",
            "maxPostponeMinutes",
            "callDetection",
            "yogaDays",
            "yogaTime",
            "lunchSession");

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "MON", DayOfWeek.MONDAY,
            "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY,
            "THU", DayOfWeek.THURSDAY,
            "FRI", DayOfWeek.FRIDAY,
            "SAT", DayOfWeek.SATURDAY,
            "SUN", DayOfWeek.SUNDAY);
    private static final String DAY_NAMES = "MON, TUE, WED, THU, FRI, SAT, SUN";
    private static final Phrase TIME_FORMAT = Phrase.of("settings.problem.expected.time");

    private final String source;
    private final List<Phrase> problems = new ArrayList<>();

    private SettingsFile(String source) {
        this.source = source;
    }

    /** Read a settings file; keys left out take the defaults, with {@code systemZone} for the time zone. */
    public static Settings read(Path file, ZoneId systemZone) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw failure(Phrase.of("settings.problem.fileMissing", "file", file.toString()));
        } catch (IOException failure) {
            throw failure(Phrase.of(
                    "settings.problem.fileUnreadable",
                    "file",
                    file.toString(),
                    "failure",
                    failure.getClass().getSimpleName()));
        }
        return parse(json, file.toString(), systemZone);
    }

    /** Read settings from JSON text; {@code source} names it in messages. */
    public static Settings parse(String json, String source, ZoneId systemZone) {
        SettingsFile file = new SettingsFile(source);
        Reading reading = file.reading(json, systemZone);
        Settings settings = reading.settings();
        if (settings == null) {
            throw file.failure(reading.problems());
        }
        return settings;
    }

    /** The settings read from JSON text, or what is wrong with them (the source not named), one phrase each. */
    static Reading check(String json, String source, ZoneId systemZone) {
        return new SettingsFile(source).reading(json, systemZone);
    }

    /** Settings read, or the problems found; exactly one of the two. */
    record Reading(@Nullable Settings settings, List<Phrase> problems) {
        Reading {
            problems = List.copyOf(problems);
        }
    }

    /** A failure whose text is one phrase, and whose message is that phrase in English. */
    private static InvalidSettingsException failure(Phrase phrase) {
        InvalidSettingsException failure = new InvalidSettingsException(phrase.in(Texts.english()));
        failure.withText(phrase.key(), flat(phrase.arguments()));
        return failure;
    }

    /** A failure naming each problem on a line of its own, after the source. */
    private InvalidSettingsException failure(List<Phrase> found) {
        List<Phrase> lines = found.stream()
                .map(problem -> Phrase.of("settings.problem.inSource", "source", source, "problem", problem))
                .toList();
        return failure(Phrase.of("settings.problem.lines", "lines", lines));
    }

    private static Object[] flat(Map<String, Object> arguments) {
        List<Object> namesAndValues = new ArrayList<>();
        arguments.forEach((name, value) -> {
            namesAndValues.add(name);
            namesAndValues.add(value);
        });
        return namesAndValues.toArray();
    }

    private Reading reading(String json, ZoneId systemZone) {
        JsonNode root = tree(json);
        if (!root.isObject()) {
            throw failure(List.of(Phrase.of("settings.problem.notAnObject")));
        }
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key) && problems.isEmpty()) {
                problems.add(Phrase.of("settings.problem.notASetting", "keys", String.join(", ", KEYS)));
            }
        }
        Settings defaults = Settings.defaults(systemZone);
        BreakRules breaks = defaults.breaks();
        WeekSessions week = defaults.week();
        ZoneId zone = read(root, "timeZone", this::zone, defaults.timeZone());
        Set<DayOfWeek> workDays = read(root, "workDays", node -> days("workDays", node), defaults.workDays());
        LocalTime workStart = read(root, "workStart", node -> time("workStart", node), defaults.workStart());
        LocalTime workEnd = read(root, "workEnd", node -> time("workEnd", node), defaults.workEnd());
        LunchBreak lunch = readNullable(root, "lunch", this::lunch, defaults.lunch());
        LocalTime morning = read(root, "morning", node -> time("morning", node), defaults.morning());
        LocalTime evening = read(root, "evening", node -> time("evening", node), defaults.evening());
        Integer breakEvery = read(
                root,
                "breakEveryMinutes",
                node -> minutes(
                        "breakEveryMinutes", node, Settings.MIN_BREAK_EVERY_MINUTES, Settings.MAX_BREAK_EVERY_MINUTES),
                defaults.breakEveryMinutes());
        Set<LocalDate> quietDays = read(root, "quietDays", this::quietDays, defaults.quietDays());
        DosageLevel level = read(root, "level", this::level, defaults.level());
        LocalDate relaxationStart = readNullable(
                root, "relaxationStart", node -> date("relaxationStart", node), defaults.relaxationStart());
        Integer microBreak = read(
                root,
                "microBreakMinutes",
                node -> minutes(
                        "microBreakMinutes",
                        node,
                        BreakRules.MIN_MICRO_BREAK_MINUTES,
                        BreakRules.MAX_MICRO_BREAK_MINUTES),
                breaks.microBreakMinutes());
        Integer naturalBreak = read(
                root,
                "naturalBreakMinutes",
                node -> minutes(
                        "naturalBreakMinutes",
                        node,
                        BreakRules.MIN_NATURAL_BREAK_MINUTES,
                        BreakRules.MAX_NATURAL_BREAK_MINUTES),
                breaks.naturalBreakMinutes());
        Integer maxPostpone = read(
                root,
                "maxPostponeMinutes",
                node -> minutes(
                        "maxPostponeMinutes", node, BreakRules.MIN_POSTPONE_MINUTES, BreakRules.MAX_POSTPONE_MINUTES),
                breaks.maxPostponeMinutes());
        Boolean callDetection =
                read(root, "callDetection", node -> yesOrNo("callDetection", node), breaks.callDetection());
        Set<DayOfWeek> yogaDays = read(root, "yogaDays", node -> days("yogaDays", node), week.yogaDays());
        LocalTime yogaTime = readNullable(root, "yogaTime", node -> time("yogaTime", node), week.yogaTime());
        Boolean lunchSession = read(root, "lunchSession", node -> yesOrNo("lunchSession", node), week.lunchSession());
        if (!problems.isEmpty()) {
            return new Reading(null, problems);
        }
        try {
            return new Reading(
                    new Settings(
                            zone,
                            workDays,
                            workStart,
                            workEnd,
                            lunch,
                            morning,
                            evening,
                            breakEvery,
                            quietDays,
                            level,
                            relaxationStart,
                            new BreakRules(microBreak, naturalBreak, maxPostpone, callDetection),
                            new WeekSessions(yogaDays, yogaTime, lunchSession)),
                    List.of());
        } catch (InvalidSettingsException mismatch) {
            return new Reading(null, List.of(phrase(mismatch)));
        }
    }

    /** The phrase a failure of the core names; every failure of {@link Settings} names one. */
    private static Phrase phrase(NapeException failure) {
        String key = failure.textKey();
        if (key == null) {
            throw failure;
        }
        return new Phrase(key, failure.textArguments());
    }

    private JsonNode tree(String json) {
        try {
            return JsonOutput.mapper()
                    .reader()
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(json);
        } catch (JacksonException broken) {
            TokenStreamLocation location = broken.getLocation();
            String reason = firstLine(broken.getOriginalMessage());
            throw failure(
                    location == null
                            ? Phrase.of("settings.problem.notJson", "source", source, "reason", reason)
                            : Phrase.of(
                                    "settings.problem.notJsonAt",
                                    "source",
                                    source,
                                    "line",
                                    String.valueOf(location.getLineNr()),
                                    "column",
                                    String.valueOf(location.getColumnNr()),
                                    "reason",
                                    reason));
        }
    }

    /** A reader of one value: it adds a problem and returns null when the value is wrong. */
    private interface ValueReader<T> {
        @Nullable
        T read(JsonNode node);
    }

    private <T> T read(JsonNode root, String key, ValueReader<T> reader, T fallback) {
        JsonNode node = root.get(key);
        if (node == null) {
            return fallback;
        }
        T value = reader.read(node);
        return value == null ? fallback : value;
    }

    private <T> @Nullable T readNullable(JsonNode root, String key, ValueReader<T> reader, @Nullable T fallback) {
        JsonNode node = root.get(key);
        if (node == null) {
            return fallback;
        }
        return node.isNull() ? null : reader.read(node);
    }

    private @Nullable ZoneId zone(JsonNode node) {
        Phrase expected = Phrase.of("settings.problem.expected.timeZone");
        String text = text("timeZone", node, expected);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException unknown) {
            return mustBe("timeZone", expected, node);
        }
    }

    private @Nullable Set<DayOfWeek> days(String key, JsonNode node) {
        Phrase expected = Phrase.of("settings.problem.expected.days", "days", DAY_NAMES);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean fine = eachString(key, node, expected, text -> {
            DayOfWeek day = DAYS.get(text.toUpperCase(Locale.ROOT));
            if (day == null) {
                problem(Phrase.of("settings.problem.notADay", "setting", key, "expected", expected));
            } else if (!days.add(day)) {
                problem(Phrase.of(
                        "settings.problem.dayTwice",
                        "setting",
                        key,
                        "day",
                        day.name().substring(0, 3)));
            }
        });
        return fine ? days : null;
    }

    private @Nullable LocalTime time(String key, JsonNode node) {
        String text = text(key, node, TIME_FORMAT);
        if (text == null) {
            return null;
        }
        if (!TIME.matcher(text).matches()) {
            return mustBe(key, TIME_FORMAT, node);
        }
        return LocalTime.parse(text);
    }

    private @Nullable LunchBreak lunch(JsonNode node) {
        if (!node.isObject()) {
            return mustBe("lunch", Phrase.of("settings.problem.expected.lunch"), node);
        }
        int before = problems.size();
        for (String key : node.propertyNames()) {
            if (!key.equals("start") && !key.equals("end")) {
                problem(Phrase.of("settings.problem.lunchKeys"));
            }
        }
        JsonNode start = node.get("start");
        JsonNode end = node.get("end");
        if (start == null || end == null) {
            return problem(Phrase.of("settings.problem.lunchNeedsBoth"));
        }
        LocalTime startTime = time("lunch.start", start);
        LocalTime endTime = time("lunch.end", end);
        return startTime == null || endTime == null || problems.size() > before
                ? null
                : new LunchBreak(startTime, endTime);
    }

    private @Nullable Integer minutes(String key, JsonNode node, int min, int max) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            return mustBe(key, Phrase.of("settings.problem.expected.minutes", "min", min, "max", max), node);
        }
        return node.intValue();
    }

    private @Nullable Boolean yesOrNo(String key, JsonNode node) {
        if (!node.isBoolean()) {
            return mustBe(key, Phrase.of("settings.problem.expected.yesOrNo"), node);
        }
        return node.booleanValue();
    }

    private @Nullable Set<LocalDate> quietDays(JsonNode node) {
        Phrase expected = Phrase.of("settings.problem.expected.dates");
        Set<LocalDate> days = new LinkedHashSet<>();
        boolean fine = eachString("quietDays", node, expected, text -> {
            LocalDate day = parseDate(text);
            if (day == null) {
                problem(Phrase.of("settings.problem.notADate", "setting", "quietDays", "expected", expected));
            } else if (!DateLimits.isSettingDate(day)) {
                problem(outsideSettingDates("quietDays", day));
            } else {
                days.add(day);
            }
        });
        return fine ? days : null;
    }

    private @Nullable DosageLevel level(JsonNode node) {
        Phrase expected = Phrase.of("settings.problem.expected.level");
        String text = text("level", node, expected);
        if (text == null) {
            return null;
        }
        DosageLevel level = DosageLevel.fromKey(text).orElse(null);
        return level != null ? level : mustBe("level", expected, node);
    }

    private @Nullable LocalDate date(String key, JsonNode node) {
        Phrase expected = Phrase.of("settings.problem.expected.date");
        String text = text(key, node, expected);
        if (text == null) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            return mustBe(key, expected, node);
        }
        return DateLimits.isSettingDate(date) ? date : problem(outsideSettingDates(key, date));
    }

    private @Nullable String text(String key, JsonNode node, Phrase expected) {
        if (!node.isString()) {
            return mustBe(key, expected, node);
        }
        return node.stringValue();
    }

    /** Give each string of a list to {@code each}; false (with a problem) if the node is not a list of strings. */
    private boolean eachString(String key, JsonNode node, Phrase expected, Consumer<String> each) {
        if (!node.isArray()) {
            mustBe(key, expected, node);
            return false;
        }
        int before = problems.size();
        for (JsonNode item : node) {
            if (item.isString()) {
                each.accept(item.stringValue());
            } else {
                problem(Phrase.of("settings.problem.notAString", "setting", key, "expected", expected));
            }
        }
        return problems.size() == before;
    }

    private static @Nullable LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    /** A value that is not what the key takes; a bad number is shown, text the person typed never is. */
    private <T> @Nullable T mustBe(String key, Phrase expected, JsonNode node) {
        return problem(
                node.isNumber()
                        ? Phrase.of(
                                "settings.problem.mustBeWas",
                                "setting",
                                key,
                                "expected",
                                expected,
                                "value",
                                node.toString())
                        : Phrase.of("settings.problem.mustBe", "setting", key, "expected", expected));
    }

    private <T> @Nullable T problem(Phrase problem) {
        problems.add(problem);
        return null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.replaceAll("\\s*\\(start marker at .*$", "").trim();
    }

    private static Phrase outsideSettingDates(String key, LocalDate date) {
        return Phrase.of(
                "settings.problem.dateOutside",
                "setting",
                key,
                "earliest",
                DateLimits.EARLIEST_SETTING_DATE.toString(),
                "latest",
                DateLimits.LATEST_SETTING_DATE.toString(),
                "value",
                date.toString());
    }
}
