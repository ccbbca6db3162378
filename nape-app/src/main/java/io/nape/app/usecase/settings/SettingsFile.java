package io.nape.app.usecase.settings;

import io.nape.app.json.JsonOutput;
import io.nape.app.usecase.dates.DateLimits;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.plan.InvalidSettingsException;
import io.nape.core.plan.LunchBreak;
import io.nape.core.plan.Settings;
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
 * {@code "relaxationStart": null} no relaxation lessons.
 *
 * <pre>{"timeZone": "Europe/Berlin", "workDays": ["MON", "TUE"], "workStart": "09:00", "workEnd": "18:00",
 *  "lunch": {"start": "13:00", "end": "14:00"}, "morning": "07:30", "evening": "21:00",
 *  "breakEveryMinutes": 60, "quietDays": ["2026-12-25"], "level": "standard", "relaxationStart": "2026-01-05"}</pre>
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
            "relaxationStart");

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
    private static final String TIME_FORMAT = "a time of day written HH:MM, from 00:00 to 23:59";

    private final String source;
    private final List<String> problems = new ArrayList<>();

    private SettingsFile(String source) {
        this.source = source;
    }

    /** Read a settings file; keys left out take the defaults, with {@code systemZone} for the time zone. */
    public static Settings read(Path file, ZoneId systemZone) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw new InvalidSettingsException("The settings file " + file + " does not exist.");
        } catch (IOException failure) {
            throw new InvalidSettingsException("The settings file " + file + " cannot be read ("
                    + failure.getClass().getSimpleName() + ").");
        }
        return parse(json, file.toString(), systemZone);
    }

    /** Read settings from JSON text; {@code source} names it in messages. */
    public static Settings parse(String json, String source, ZoneId systemZone) {
        return new SettingsFile(source).settings(json, systemZone);
    }

    private Settings settings(String json, ZoneId systemZone) {
        JsonNode root = tree(json);
        if (!root.isObject()) {
            throw new InvalidSettingsException(source + ": the settings must be one JSON object, such as"
                    + " {\"workStart\": \"09:00\", \"workEnd\": \"18:00\"}.");
        }
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key) && problems.isEmpty()) {
                problems.add("a key that is not a setting; the keys are " + String.join(", ", KEYS) + ".");
            }
        }
        Settings defaults = Settings.defaults(systemZone);
        ZoneId zone = read(root, "timeZone", this::zone, defaults.timeZone());
        Set<DayOfWeek> workDays = read(root, "workDays", this::days, defaults.workDays());
        LocalTime workStart = read(root, "workStart", node -> time("workStart", node), defaults.workStart());
        LocalTime workEnd = read(root, "workEnd", node -> time("workEnd", node), defaults.workEnd());
        LunchBreak lunch = readNullable(root, "lunch", this::lunch, defaults.lunch());
        LocalTime morning = read(root, "morning", node -> time("morning", node), defaults.morning());
        LocalTime evening = read(root, "evening", node -> time("evening", node), defaults.evening());
        Integer breakEvery = read(root, "breakEveryMinutes", this::breakEvery, defaults.breakEveryMinutes());
        Set<LocalDate> quietDays = read(root, "quietDays", this::quietDays, defaults.quietDays());
        DosageLevel level = read(root, "level", this::level, defaults.level());
        LocalDate relaxationStart = readNullable(
                root, "relaxationStart", node -> date("relaxationStart", node), defaults.relaxationStart());
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(String.join(
                    "\n",
                    problems.stream().map(problem -> source + ": " + problem).toList()));
        }
        try {
            return new Settings(
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
                    relaxationStart);
        } catch (InvalidSettingsException mismatch) {
            throw new InvalidSettingsException(source + ": " + mismatch.getMessage());
        }
    }

    private JsonNode tree(String json) {
        try {
            return JsonOutput.mapper()
                    .reader()
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(json);
        } catch (JacksonException broken) {
            TokenStreamLocation location = broken.getLocation();
            throw new InvalidSettingsException(source + " is not valid JSON"
                    + (location == null
                            ? ""
                            : " at line " + location.getLineNr() + ", column " + location.getColumnNr())
                    + ": " + firstLine(broken.getOriginalMessage()) + ".");
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
        String text =
                text("timeZone", node, "a time zone id such as \"Europe/Berlin\", \"America/New_York\" or \"UTC\"");
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException unknown) {
            return problem("\"timeZone\" must be a time zone id such as \"Europe/Berlin\", \"America/New_York\" or"
                    + " \"UTC\"" + was(node) + ".");
        }
    }

    private @Nullable Set<DayOfWeek> days(JsonNode node) {
        String expected = "a list of days from " + DAY_NAMES + ", such as [\"MON\", \"TUE\"]";
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean fine = eachString("workDays", node, expected, text -> {
            DayOfWeek day = DAYS.get(text.toUpperCase(Locale.ROOT));
            if (day == null) {
                problem("\"workDays\" must be " + expected + "; one of them is not a day.");
            } else if (!days.add(day)) {
                problem("\"workDays\" lists " + day.name().substring(0, 3) + " twice; give each day once.");
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
            return problem("\"" + key + "\" must be " + TIME_FORMAT + was(node) + ".");
        }
        return LocalTime.parse(text);
    }

    private @Nullable LunchBreak lunch(JsonNode node) {
        String expected = "an object such as {\"start\": \"13:00\", \"end\": \"14:00\"}, or null for no lunch break";
        if (!node.isObject()) {
            return problem("\"lunch\" must be " + expected + was(node) + ".");
        }
        int before = problems.size();
        for (String key : node.propertyNames()) {
            if (!key.equals("start") && !key.equals("end")) {
                problem(
                        "\"lunch\" has a key that is neither \"start\" nor \"end\"; its keys are \"start\" and \"end\".");
            }
        }
        JsonNode start = node.get("start");
        JsonNode end = node.get("end");
        if (start == null || end == null) {
            return problem(
                    "\"lunch\" needs both \"start\" and \"end\", such as {\"start\": \"13:00\", \"end\": \"14:00\"}.");
        }
        LocalTime startTime = time("lunch.start", start);
        LocalTime endTime = time("lunch.end", end);
        return startTime == null || endTime == null || problems.size() > before
                ? null
                : new LunchBreak(startTime, endTime);
    }

    private @Nullable Integer breakEvery(JsonNode node) {
        String expected = "a whole number of minutes from " + Settings.MIN_BREAK_EVERY_MINUTES + " to "
                + Settings.MAX_BREAK_EVERY_MINUTES;
        if (!node.isIntegralNumber()
                || !node.canConvertToInt()
                || node.intValue() < Settings.MIN_BREAK_EVERY_MINUTES
                || node.intValue() > Settings.MAX_BREAK_EVERY_MINUTES) {
            return problem("\"breakEveryMinutes\" must be " + expected + was(node) + ".");
        }
        return node.intValue();
    }

    private @Nullable Set<LocalDate> quietDays(JsonNode node) {
        String expected = "a list of dates written YYYY-MM-DD, such as [\"2026-12-25\"]";
        Set<LocalDate> days = new LinkedHashSet<>();
        boolean fine = eachString("quietDays", node, expected, text -> {
            LocalDate day = parseDate(text);
            if (day == null) {
                problem("\"quietDays\" must be " + expected + "; one of them is not such a date.");
            } else if (!DateLimits.isSettingDate(day)) {
                problem(outsideSettingDates("quietDays", day));
            } else {
                days.add(day);
            }
        });
        return fine ? days : null;
    }

    private @Nullable DosageLevel level(JsonNode node) {
        String expected = "one of gentle, standard, full";
        String text = text("level", node, expected);
        if (text == null) {
            return null;
        }
        DosageLevel level = DosageLevel.fromKey(text).orElse(null);
        return level != null ? level : problem("\"level\" must be " + expected + was(node) + ".");
    }

    private @Nullable LocalDate date(String key, JsonNode node) {
        String expected = "a date written YYYY-MM-DD, such as \"2026-01-05\", or null";
        String text = text(key, node, expected);
        if (text == null) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            return problem("\"" + key + "\" must be " + expected + was(node) + ".");
        }
        return DateLimits.isSettingDate(date) ? date : problem(outsideSettingDates(key, date));
    }

    private @Nullable String text(String key, JsonNode node, String expected) {
        if (!node.isString()) {
            return problem("\"" + key + "\" must be " + expected + was(node) + ".");
        }
        return node.stringValue();
    }

    /** Give each string of a list to {@code each}; false (with a problem) if the node is not a list of strings. */
    private boolean eachString(String key, JsonNode node, String expected, Consumer<String> each) {
        if (!node.isArray()) {
            problem("\"" + key + "\" must be " + expected + was(node) + ".");
            return false;
        }
        int before = problems.size();
        for (JsonNode item : node) {
            if (item.isString()) {
                each.accept(item.stringValue());
            } else {
                problem("\"" + key + "\" must be " + expected + "; one of them is not a string.");
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

    private <T> @Nullable T problem(String problem) {
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

    private static String outsideSettingDates(String key, LocalDate date) {
        return "\"" + key + "\" must be a date from " + DateLimits.EARLIEST_SETTING_DATE + " to "
                + DateLimits.LATEST_SETTING_DATE + ", was " + date + ".";
    }

    /** A bad number is shown; text the person typed never is. */
    private static String was(JsonNode node) {
        return node.isNumber() ? ", was " + node : "";
    }
}
