package io.nape.app.usecase.check;

import io.nape.core.safety.Sign;
import java.util.List;

/** Group the danger signs the check asks about, one area of the body to a screen or a fieldset. */
public final class SignGroups {
    /** The signs, grouped so that each screen asks about one area of the body. */
    public static final List<SignGroup> ALL = List.of(
            new SignGroup(
                    "head",
                    "Head and how you feel",
                    List.of(
                            Sign.HEADACHE,
                            Sign.SEVERE_SUDDEN_HEADACHE,
                            Sign.NAUSEA,
                            Sign.VOMITING,
                            Sign.FEVER,
                            Sign.CHILLS,
                            Sign.RASH,
                            Sign.LIGHT_SENSITIVITY,
                            Sign.CONFUSION,
                            Sign.CONSTANT_HEADACHES)),
            new SignGroup(
                    "neck",
                    "Your neck",
                    List.of(
                            Sign.STIFF_NECK,
                            Sign.CANNOT_TURN_HEAD,
                            Sign.SPASM,
                            Sign.INVOLUNTARY_TWITCHING,
                            Sign.NECK_LUMP,
                            Sign.ELECTRIC_SHOCK_BENDING,
                            Sign.HARD_TO_TURN_HEAD,
                            Sign.PAIN_ON_BENDING)),
            new SignGroup(
                    "balance",
                    "Balance, eyes, face and speech",
                    List.of(
                            Sign.DIZZINESS,
                            Sign.VISION_DARKENING,
                            Sign.FAINTING,
                            Sign.DOUBLE_VISION,
                            Sign.SLURRED_SPEECH,
                            Sign.SWALLOWING_DIFFICULTY,
                            Sign.DROP_ATTACKS,
                            Sign.FACIAL_NUMBNESS,
                            Sign.DROOPING_EYELID)),
            new SignGroup(
                    "arms",
                    "Arms, hands, walking and body",
                    List.of(
                            Sign.ARM_NUMBNESS,
                            Sign.ARM_WEAKNESS,
                            Sign.PAIN_INTO_ARM,
                            Sign.HAND_CLUMSINESS,
                            Sign.UNSTEADY_WALKING,
                            Sign.BLADDER_BOWEL_CHANGE)),
            new SignGroup(
                    "nights", "Nights and weight", List.of(Sign.NIGHT_PAIN, Sign.NIGHT_SWEATS, Sign.WEIGHT_LOSS)));

    private SignGroups() {}

    /**
     * A screen of related signs.
     *
     * @param id names the group's heading in every language: the text {@code safety.group.<id>}
     * @param title the heading in English
     */
    public record SignGroup(String id, String title, List<Sign> signs) {
        public SignGroup {
            signs = List.copyOf(signs);
        }

        /** The key of the heading's text. */
        public String textKey() {
            return "safety.group." + id;
        }
    }
}
