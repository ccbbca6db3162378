package io.nape.store.records;

import io.nape.core.plan.BreakRules;
import java.util.List;

/** The break rules of the settings: the object {@code settings.breaks} of the data file, columns of {@code settings.csv}. */
public final class BreakRulesDescription {
    static final Field<BreakRules, Integer> MICRO_BREAK = Field.number(
                    "microBreakMinutes",
                    BreakRules.MIN_MICRO_BREAK_MINUTES,
                    BreakRules.MAX_MICRO_BREAK_MINUTES,
                    BreakRules::microBreakMinutes)
            .column("micro_break_minutes");
    static final Field<BreakRules, Integer> NATURAL_BREAK = Field.number(
                    "naturalBreakMinutes",
                    BreakRules.MIN_NATURAL_BREAK_MINUTES,
                    BreakRules.MAX_NATURAL_BREAK_MINUTES,
                    BreakRules::naturalBreakMinutes)
            .column("natural_break_minutes");
    static final Field<BreakRules, Integer> MAX_POSTPONE = Field.number(
                    "maxPostponeMinutes",
                    BreakRules.MIN_POSTPONE_MINUTES,
                    BreakRules.MAX_POSTPONE_MINUTES,
                    BreakRules::maxPostponeMinutes)
            .column("max_postpone_minutes");
    static final Field<BreakRules, Boolean> CALL_DETECTION =
            Field.flag("callDetection", BreakRules::callDetection).column("call_detection");

    public static final RecordType<BreakRules> TYPE = new RecordType<>(
            "breaks",
            "breaks",
            "plan_settings",
            List.of(MICRO_BREAK, NATURAL_BREAK, MAX_POSTPONE, CALL_DETECTION),
            values -> new BreakRules(
                    values.get(MICRO_BREAK),
                    values.get(NATURAL_BREAK),
                    values.get(MAX_POSTPONE),
                    values.get(CALL_DETECTION)));

    private BreakRulesDescription() {}
}
