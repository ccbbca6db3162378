package io.nape.core.plan;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.catalogue.Side;
import io.nape.core.catalogue.Style;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cut the isometric complex into micro-breaks of at most {@code microBreakMinutes}, without touching
 * a dosage: what shrinks is how many exercises one break holds.
 *
 * <p>Model: a piece is one exercise at its catalogue dosage at the level, whole when it fits in one
 * break, else (a sided exercise) one side. Pieces are laid out in the complex's order, except that
 * the right sides of split exercises come after all the rest, so the two sides of one exercise
 * land far apart; then each break takes pieces in
 * turn while they fit, {@value #REST_SECONDS} s apart. The breaks form a cycle: played one after
 * another and round again, no two neighbours (the last and the first included) share an exercise;
 * only a cycle of three breaks or fewer that splits an exercise cannot keep its sides apart (the
 * source's complex, split, makes eight breaks or more).
 *
 * <p>Lengths follow the session timeline: getting into position, then per repetition the breath in,
 * the press and the release (isometric and relaxation styles) or the effort, then the relaxation;
 * switching sides takes {@value #SWITCH_SIDE_SECONDS} s.
 *
 * <p>The plan hands the cycle out one break per micro-break ({@link PlanEngine}); {@link
 * #routineOf} makes the routine a session plays for one break.
 *
 * <p>A piece longer than the break even alone (at 1 minute, every press of the complex) is left out
 * and named in {@link #unfit()}: the figures of the source win over the length of the break.
 */
public final class DeskBreaks {
    /** Seconds between two exercises of a break, as between two exercises of the complex. */
    public static final int REST_SECONDS = 5;

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 5;
    public static final int DEFAULT_MINUTES = 2;

    static final int INHALE_SECONDS = 2;
    static final int RELEASE_SECONDS = 2;
    static final int SWITCH_SIDE_SECONDS = 5;

    private final List<DeskBreak> cycle;
    private final List<BreakPiece> unfit;

    private DeskBreaks(List<DeskBreak> cycle, List<BreakPiece> unfit) {
        this.cycle = List.copyOf(cycle);
        this.unfit = List.copyOf(unfit);
    }

    /** The breaks a routine (the isometric complex) makes at a level, each at most {@code microBreakMinutes}. */
    public static DeskBreaks of(Catalogue catalogue, Routine routine, DosageLevel level, int microBreakMinutes) {
        if (microBreakMinutes < MIN_MINUTES || microBreakMinutes > MAX_MINUTES) {
            throw new InvalidSettingsException("\"microBreakMinutes\" must be from " + MIN_MINUTES + " to "
                    + MAX_MINUTES + " minutes, was " + microBreakMinutes + ".");
        }
        Duration longest = Duration.ofMinutes(microBreakMinutes);
        List<BreakPiece> first = new ArrayList<>();
        List<BreakPiece> second = new ArrayList<>();
        List<BreakPiece> rights = new ArrayList<>();
        List<BreakPiece> unfit = new ArrayList<>();
        List<RoutineItem> items = routine.items();
        for (int index = 0; index < items.size(); index++) {
            RoutineItem item = items.get(index);
            Exercise exercise = catalogue.getExercise(item.exercise());
            Dosage dosage = item.dosageOf(exercise);
            BreakPiece whole = piece(exercise, dosage, level, null);
            List<BreakPiece> half = index < (items.size() + 1) / 2 ? first : second;
            if (whole.length().compareTo(longest) <= 0) {
                half.add(whole);
            } else if (exercise.isSided()) {
                BreakPiece left = piece(exercise, dosage, level, Side.LEFT);
                BreakPiece right = piece(exercise, dosage, level, Side.RIGHT);
                if (left.length().compareTo(longest) > 0) {
                    unfit.add(whole);
                } else {
                    half.add(left);
                    rights.add(right);
                }
            } else {
                unfit.add(whole);
            }
        }
        List<BreakPiece> order = new ArrayList<>(first);
        order.addAll(second);
        order.addAll(rights);
        return new DeskBreaks(apart(pack(order, longest)), unfit);
    }

    /**
     * The routine that plays exactly one break's pieces, in order and at the complex's own
     * repetitions, {@value #REST_SECONDS} s apart; it keeps the complex's part, so the safety advice
     * treats it as the complex.
     *
     * @param id the id its session is logged under
     * @param complex the routine the breaks were cut from
     */
    public static Routine routineOf(DeskBreak deskBreak, Routine complex, RoutineId id) {
        List<RoutineItem> items = new ArrayList<>();
        for (BreakPiece piece : deskBreak.pieces()) {
            RoutineItem item = complex.items().stream()
                    .filter(candidate -> candidate.exercise().equals(piece.exercise()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "routine " + complex.id() + " has no exercise " + piece.exercise()));
            items.add(new RoutineItem(item.exercise(), item.repetitions(), piece.side()));
        }
        return new Routine(id, id.value(), complex.summary(), complex.part(), items, REST_SECONDS, List.of());
    }

    /** The breaks in the order they take turns; empty when no piece fits. */
    public List<DeskBreak> cycle() {
        return cycle;
    }

    /** The exercises too long for one break even alone, whole; they stay in the morning and evening. */
    public List<BreakPiece> unfit() {
        return unfit;
    }

    /**
     * Reorder the breaks until no two neighbours of the cycle share an exercise, swapping two breaks
     * whenever that lowers the number of neighbours that do; a cycle that cannot get there stays as
     * close as the swaps took it.
     */
    static List<DeskBreak> apart(List<DeskBreak> packed) {
        List<DeskBreak> breaks = new ArrayList<>(packed);
        int clashes = clashes(breaks);
        boolean better = true;
        while (clashes > 0 && better) {
            better = false;
            for (int one = 0; one < breaks.size() && !better; one++) {
                for (int other = one + 1; other < breaks.size() && !better; other++) {
                    Collections.swap(breaks, one, other);
                    int now = clashes(breaks);
                    if (now < clashes) {
                        clashes = now;
                        better = true;
                    } else {
                        Collections.swap(breaks, one, other);
                    }
                }
            }
        }
        return breaks;
    }

    /** How many neighbours of the cycle, the last and the first included, share an exercise. */
    static int clashes(List<DeskBreak> breaks) {
        if (breaks.size() < 2) {
            return 0;
        }
        int clashes = 0;
        for (int index = 0; index < breaks.size(); index++) {
            DeskBreak next = breaks.get((index + 1) % breaks.size());
            if (breaks.get(index).exercises().stream().anyMatch(next.exercises()::contains)) {
                clashes++;
            }
        }
        return clashes;
    }

    /** Each break takes pieces in turn while the next one still fits. */
    private static List<DeskBreak> pack(List<BreakPiece> order, Duration longest) {
        List<DeskBreak> breaks = new ArrayList<>();
        List<BreakPiece> current = new ArrayList<>();
        Duration length = Duration.ZERO;
        Duration rest = Duration.ofSeconds(REST_SECONDS);
        for (BreakPiece piece : order) {
            Duration longer =
                    current.isEmpty() ? piece.length() : length.plus(rest).plus(piece.length());
            if (!current.isEmpty() && longer.compareTo(longest) > 0) {
                breaks.add(new DeskBreak(current, length));
                current = new ArrayList<>();
                longer = piece.length();
            }
            current.add(piece);
            length = longer;
        }
        if (!current.isEmpty()) {
            breaks.add(new DeskBreak(current, length));
        }
        return breaks;
    }

    /** One exercise at a level, whole ({@code side} null) or one side, with its length on the timeline. */
    static BreakPiece piece(Exercise exercise, Dosage dosage, DosageLevel level, @Nullable Side side) {
        int repetitions = dosage.repetitions().at(level);
        int repetition = (exercise.style() == Style.ISOMETRIC || exercise.style() == Style.RELAXATION)
                ? INHALE_SECONDS + dosage.hold().at(level) + RELEASE_SECONDS
                : dosage.effortSeconds(level);
        repetition += dosage.relax().at(level);
        boolean sided = exercise.isSided();
        int sides = sided && side == null ? 2 : 1;
        int seconds =
                exercise.prepareSeconds() + sides * repetitions * repetition + (sides == 2 ? SWITCH_SIDE_SECONDS : 0);
        return new BreakPiece(exercise.id(), exercise.number(), sided, side, Duration.ofSeconds(seconds));
    }
}
