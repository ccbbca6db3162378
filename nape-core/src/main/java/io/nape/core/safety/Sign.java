package io.nape.core.safety;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Name a symptom a person may report alongside neck pain; {@link #key()} is its id in answers and rules. */
public enum Sign {
    HEADACHE("a headache"),
    SEVERE_SUDDEN_HEADACHE("a sudden, very bad headache, unlike any you have had before"),
    NAUSEA("feeling sick (nausea)"),
    VOMITING("being sick (vomiting)"),
    FEVER("a fever or high temperature"),
    CHILLS("chills or shivering"),
    RASH("a skin rash"),
    LIGHT_SENSITIVITY("bright light hurts your eyes"),
    CONFUSION("confusion, or others say you are not yourself"),
    STIFF_NECK("a stiff neck"),
    CANNOT_TURN_HEAD("you cannot turn your head"),
    SPASM("a muscle spasm or cramp in the neck"),
    DIZZINESS("dizziness or a spinning feeling"),
    VISION_DARKENING("your vision goes dark for a moment"),
    FAINTING("feeling faint, or nearly fainting"),
    DOUBLE_VISION("double vision"),
    SLURRED_SPEECH("slurred speech"),
    SWALLOWING_DIFFICULTY("trouble swallowing"),
    DROP_ATTACKS("sudden falls without losing consciousness"),
    FACIAL_NUMBNESS("numbness in your face"),
    DROOPING_EYELID("a drooping eyelid"),
    ARM_NUMBNESS("numbness or pins and needles in an arm or hand"),
    ARM_WEAKNESS("weakness in an arm or hand"),
    PAIN_INTO_ARM("pain that runs down into an arm"),
    HAND_CLUMSINESS("clumsy hands, such as trouble with buttons or writing"),
    UNSTEADY_WALKING("unsteady walking or poor balance"),
    BLADDER_BOWEL_CHANGE("a new problem controlling your bladder or bowels"),
    ELECTRIC_SHOCK_BENDING("an electric-shock feeling down the back or limbs when you bend your neck"),
    NIGHT_PAIN("constant pain at night that does not ease when you rest"),
    WEIGHT_LOSS("weight loss you cannot explain"),
    NIGHT_SWEATS("heavy sweating at night"),
    NECK_LUMP("a new lump in the neck"),
    INVOLUNTARY_TWITCHING("twitching in the face or neck that you cannot stop"),
    HARD_TO_TURN_HEAD("trouble turning your head about 90 degrees to a side, as far as looking over your shoulder"),
    PAIN_ON_BENDING("pain when you bend your head forward, back or to a side"),
    CONSTANT_HEADACHES("headaches that have become constant, coming back most days");

    private final String label;

    Sign(String label) {
        this.label = label;
    }

    /** The id used in answers and rules, such as {@code stiff-neck}. */
    public String key() {
        return Keys.of(this);
    }

    /** The sign in plain words, for questions and summaries. */
    public String label() {
        return label;
    }

    public static Optional<Sign> fromKey(String key) {
        return Arrays.stream(values()).filter(sign -> sign.key().equals(key)).findFirst();
    }

    /** Every id, comma-separated, for messages that list the valid ones. */
    public static String allKeys() {
        return Arrays.stream(values()).map(Sign::key).collect(Collectors.joining(", "));
    }
}
