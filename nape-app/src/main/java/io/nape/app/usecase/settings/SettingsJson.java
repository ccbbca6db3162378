package io.nape.app.usecase.settings;

import io.nape.app.json.JsonOutput;
import io.nape.core.plan.BreakRules;
import io.nape.core.plan.InvalidSettingsException;
import io.nape.core.plan.LunchBreak;
import io.nape.core.plan.Settings;
import io.nape.core.plan.WeekSessions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Write settings in the settings-file format, and change one key from the command line by running
 * the changed document through the same strict reader as a settings file.
 */
public final class SettingsJson {
    /** How the command line and the page write a yoga time of "right after work" ({@code null} in JSON). */
    public static final String AFTER_WORK = "after-work";

    private SettingsJson() {}

    /** The settings as the JSON object a settings file holds. */
    public static ObjectNode toTree(Settings settings) {
        ObjectNode tree = JsonOutput.mapper().createObjectNode();
        tree.put("timeZone", settings.timeZone().getId());
        ArrayNode days = tree.putArray("workDays");
        settings.workDays().forEach(day -> days.add(dayName(day)));
        tree.put("workStart", settings.workStart().toString());
        tree.put("workEnd", settings.workEnd().toString());
        LunchBreak lunch = settings.lunch();
        if (lunch == null) {
            tree.putNull("lunch");
        } else {
            ObjectNode lunchNode = tree.putObject("lunch");
            lunchNode.put("start", lunch.start().toString());
            lunchNode.put("end", lunch.end().toString());
        }
        tree.put("morning", settings.morning().toString());
        tree.put("evening", settings.evening().toString());
        tree.put("breakEveryMinutes", settings.breakEveryMinutes());
        ArrayNode quiet = tree.putArray("quietDays");
        settings.quietDays().forEach(day -> quiet.add(day.toString()));
        tree.put("level", settings.level().key());
        LocalDate relaxationStart = settings.relaxationStart();
        if (relaxationStart == null) {
            tree.putNull("relaxationStart");
        } else {
            tree.put("relaxationStart", relaxationStart.toString());
        }
        BreakRules breaks = settings.breaks();
        tree.put("microBreakMinutes", breaks.microBreakMinutes());
        tree.put("naturalBreakMinutes", breaks.naturalBreakMinutes());
        tree.put("maxPostponeMinutes", breaks.maxPostponeMinutes());
        tree.put("callDetection", breaks.callDetection());
        WeekSessions week = settings.week();
        ArrayNode yogaDays = tree.putArray("yogaDays");
        week.yogaDays().forEach(day -> yogaDays.add(dayName(day)));
        LocalTime yogaTime = week.yogaTime();
        if (yogaTime == null) {
            tree.putNull("yogaTime");
        } else {
            tree.put("yogaTime", yogaTime.toString());
        }
        tree.put("lunchSession", week.lunchSession());
        return tree;
    }

    /**
     * The settings with one key changed. Lists are written comma-separated ({@code MON,TUE}), the lunch
     * break as {@code 13:00-14:00}, {@code none} clears the lunch break, the quiet days or the
     * relaxation start, {@code after-work} puts yoga right after work, and yes-or-no settings take
     * {@code true} or {@code false}.
     */
    public static Settings withValue(Settings current, String key, String value) {
        ObjectNode tree = toTree(current);
        putValue(tree, key, value);
        return SettingsFile.parse(tree.toString(), "settings set", current.timeZone());
    }

    /**
     * Write one key's value, as {@link #withValue(Settings, String, String)} reads it, into a settings
     * tree without checking it against the others; an unknown key or a lunch not written START-END is
     * refused.
     */
    public static void putValue(ObjectNode tree, String key, String value) {
        if (!tree.has(key)) {
            String known = String.join(", ", tree.propertyNames());
            throw new InvalidSettingsException("There is no setting \"" + key + "\"; the settings are " + known + ".")
                    .withText("settings.problem.unknownSetting", "setting", key, "settings", known);
        }
        String text = value.trim();
        boolean none = text.equalsIgnoreCase("none");
        switch (key) {
            case "workDays", "quietDays", "yogaDays" -> {
                ArrayNode list = tree.putArray(key);
                if (!none) {
                    Arrays.stream(text.split(","))
                            .map(String::trim)
                            .filter(item -> !item.isEmpty())
                            .forEach(list::add);
                }
            }
            case "lunch" -> {
                if (none) {
                    tree.putNull(key);
                } else {
                    String[] ends = text.split("-", -1);
                    if (ends.length != 2) {
                        throw new InvalidSettingsException(
                                        "\"lunch\" must be written START-END, such as 13:00-14:00, or none.")
                                .withText("settings.problem.lunchForm");
                    }
                    ObjectNode lunch = tree.putObject(key);
                    lunch.put("start", ends[0].trim());
                    lunch.put("end", ends[1].trim());
                }
            }
            case "breakEveryMinutes", "microBreakMinutes", "naturalBreakMinutes", "maxPostponeMinutes" -> {
                try {
                    tree.put(key, Integer.parseInt(text));
                } catch (NumberFormatException notANumber) {
                    tree.put(key, text);
                }
            }
            case "relaxationStart" -> {
                if (none) {
                    tree.putNull(key);
                } else {
                    tree.put(key, text);
                }
            }
            case "callDetection", "lunchSession" -> {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    tree.put(key, Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
                } else {
                    tree.put(key, text);
                }
            }
            case "yogaTime" -> {
                if (text.equalsIgnoreCase(AFTER_WORK)) {
                    tree.putNull(key);
                } else {
                    tree.put(key, text);
                }
            }
            default -> tree.put(key, text);
        }
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
    }
}
