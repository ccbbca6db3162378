package io.nape.core.plan;

/** Say what a planned event is for. */
public enum EventKind {
    /** The whole isometric complex after getting up. */
    MORNING("Morning session"),
    /** A short group of exercises during work. */
    MICRO_BREAK("Micro-break"),
    /** The whole isometric complex in the evening. */
    EVENING("Evening session"),
    /** The chair stretch-and-strengthen set. */
    STRETCH("Chair stretch"),
    /** A progressive-relaxation lesson. */
    RELAXATION("Relaxation lesson"),
    /** Yoga for the neck, on the days the person chose (at least three a week). */
    YOGA("Yoga for the neck"),
    /** A light routine in the lunch break of a working day, when the person asked for one. */
    LUNCH("Lunch routine");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /** A short name for people, such as {@code Micro-break}. */
    public String label() {
        return label;
    }
}
