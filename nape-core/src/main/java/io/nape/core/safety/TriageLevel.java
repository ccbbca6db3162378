package io.nape.core.safety;

/** Say how soon a person should see a doctor; constants run from least to most severe. */
public enum TriageLevel {
    /** Nothing reported needs a doctor now; go on with self-care. */
    SELF_CARE("Nothing you reported needs a doctor right now."),
    /** Book a visit to a doctor soon. */
    SEE_DOCTOR("See a doctor soon: book a visit in the next few days."),
    /** Get medical help today; emergency signs call for emergency services. */
    URGENT("Get medical help today. If the reasons below say so, call emergency services now.");

    private final String meaning;

    TriageLevel(String meaning) {
        this.meaning = meaning;
    }

    /** What the level asks a person to do, in plain words. */
    public String meaning() {
        return meaning;
    }

    public boolean isMoreSevereThan(TriageLevel other) {
        return compareTo(other) > 0;
    }

    public static TriageLevel mostSevere(TriageLevel one, TriageLevel other) {
        return one.isMoreSevereThan(other) ? one : other;
    }
}
