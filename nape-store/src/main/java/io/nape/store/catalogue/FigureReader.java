package io.nape.store.catalogue;

import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.Movement;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.Prop;
import io.nape.core.catalogue.Side;
import io.nape.core.catalogue.View;
import io.nape.store.yaml.YamlItem;
import io.nape.store.yaml.YamlMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Read an exercise's {@code figure:} block: the view, props, side drawn, key pose, a pose per
 * phase kind and the movements of a MOVE phase. Each pose lists the joints that differ from the
 * base pose of the exercise's position, or from another pose of the block named by {@code from:}.
 * Every problem names its line; a figure with one is left out, and so is its exercise.
 */
final class FigureReader {
    private static final Set<String> FIGURE_KEYS = Set.of("view", "props", "side", "key", "poses", "move");
    private static final Set<String> MOVE_KEYS = Set.of("every", "cycle");
    private static final Pattern ANGLE = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,2})?");
    private static final int DEFAULT_CYCLE_SECONDS = 4;

    private FigureReader() {}

    /** The figure of an exercise in a position, or empty with a problem for each fault found. */
    static Optional<Figure> read(YamlMap map, Position position) {
        int before = map.problemCount();
        map.allowOnly(FIGURE_KEYS);
        View view = map.enumValue("view", View.class).orElse(View.FRONT);
        if (!map.has("view")) {
            map.problem(map.line(), "'view' is missing; it must be one of " + YamlMap.choices(View.class));
        }
        List<Prop> props = map.enumList("props", Prop.class);
        Side drawn = map.enumValue("side", Side.class).orElse(null);
        Pose base = Pose.base(position);
        Map<PhaseKind, Pose> poses = new EnumMap<>(PhaseKind.class);
        Set<PhaseKind> failed = java.util.EnumSet.noneOf(PhaseKind.class);
        map.map("poses").ifPresent(poseMap -> {
            for (String key : poseMap.keys()) {
                int line = poseMap.lineOf(key);
                Optional<PhaseKind> kind = CatalogueFileReader.kindOf(key);
                if (kind.isEmpty() || kind.get() == PhaseKind.MOVE || kind.get() == PhaseKind.REST) {
                    poseMap.problem(
                            line,
                            "unknown pose '" + key + "'; expected one of: prepare, press, hold,"
                                    + " release, relax, breathe, switch-side (a movement goes under 'move')");
                    continue;
                }
                Optional<Pose> pose = poseMap.map(key).flatMap(given -> pose(given, base, poses, failed));
                pose.ifPresentOrElse(found -> poses.put(kind.get(), found), () -> failed.add(kind.get()));
            }
        });
        List<Movement> moves = new ArrayList<>();
        for (YamlItem item : map.items("move")) {
            if (item.map() == null) {
                map.problem(item.line(), "each movement must be a mapping with 'cycle:' and, when timed, 'every:'");
                continue;
            }
            movement(item.map(), base, poses, failed).ifPresent(moves::add);
        }
        PhaseKind key = map.string("key")
                .flatMap(text -> {
                    Optional<PhaseKind> kind = CatalogueFileReader.kindOf(text);
                    if (kind.isEmpty()) {
                        map.problem(map.lineOf("key"), "'key' must name a phase kind, was \"" + text + "\"");
                    }
                    return kind;
                })
                .orElseGet(() -> defaultKey(poses, moves));
        if (map.problemCount() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Figure(view, props, drawn, key, poses, moves));
        } catch (IllegalArgumentException invalid) {
            map.problem(map.line(), String.valueOf(invalid.getMessage()));
            return Optional.empty();
        }
    }

    private static PhaseKind defaultKey(Map<PhaseKind, Pose> poses, List<Movement> moves) {
        for (PhaseKind kind : List.of(PhaseKind.PRESS, PhaseKind.HOLD, PhaseKind.BREATHE)) {
            if (poses.containsKey(kind)) {
                return kind;
            }
        }
        if (!moves.isEmpty()) {
            return PhaseKind.MOVE;
        }
        return poses.isEmpty() ? PhaseKind.PREPARE : poses.keySet().iterator().next();
    }

    private static Optional<Movement> movement(
            YamlMap map, Pose base, Map<PhaseKind, Pose> poses, Set<PhaseKind> failed) {
        map.allowOnly(MOVE_KEYS);
        int every = map.integer("every", 1, Movement.MAX_CYCLE_SECONDS).orElse(DEFAULT_CYCLE_SECONDS);
        List<Pose> cycle = new ArrayList<>();
        List<YamlItem> keys = map.items("cycle");
        if (keys.size() < 2 || keys.size() > Movement.MAX_KEYS) {
            map.problem(
                    map.has("cycle") ? map.lineOf("cycle") : map.line(),
                    "'cycle' must list 2 to " + Movement.MAX_KEYS + " key poses, lists " + keys.size());
            return Optional.empty();
        }
        boolean complete = true;
        for (YamlItem item : keys) {
            if (item.map() == null) {
                map.problem(item.line(), "each key pose of a cycle must be a mapping of joints to angles");
                complete = false;
                continue;
            }
            Optional<Pose> pose = pose(item.map(), base, poses, failed);
            pose.ifPresent(cycle::add);
            complete &= pose.isPresent();
        }
        return complete ? Optional.of(new Movement(cycle, every)) : Optional.empty();
    }

    /**
     * One pose: the base, or the pose named by 'from', with the joints given changed. A 'from' that
     * names a pose with problems of its own fails without another message.
     */
    private static Optional<Pose> pose(YamlMap map, Pose base, Map<PhaseKind, Pose> poses, Set<PhaseKind> failed) {
        Pose start = base;
        boolean sound = true;
        Map<Joint, Double> changes = new EnumMap<>(Joint.class);
        for (Map.Entry<String, String> entry : map.stringEntries().entrySet()) {
            String name = entry.getKey();
            int line = map.lineOf(name);
            if (name.equals("from")) {
                Optional<PhaseKind> kind = CatalogueFileReader.kindOf(entry.getValue());
                Pose from = kind.map(poses::get).orElse(null);
                if (from == null) {
                    if (kind.isEmpty() || !failed.contains(kind.get())) {
                        map.problem(line, "'from' must name a pose given above it, was \"" + entry.getValue() + "\"");
                    }
                    sound = false;
                } else {
                    start = from;
                }
                continue;
            }
            Optional<Joint> joint = Joint.ofKey(name);
            if (joint.isEmpty()) {
                map.problem(line, "unknown joint '" + name + "'; expected one of: " + joints());
                sound = false;
                continue;
            }
            String text = entry.getValue().trim();
            if (!ANGLE.matcher(text).matches()) {
                map.problem(
                        line, "'" + name + "' must be an angle in degrees, such as 30 or -12.5, was \"" + text + "\"");
                sound = false;
                continue;
            }
            double angle = Double.parseDouble(text);
            if (!joint.get().allows(angle)) {
                map.problem(
                        line,
                        "'" + name + "' must be " + joint.get().min() + " to "
                                + joint.get().max() + " degrees, was " + text);
                sound = false;
                continue;
            }
            changes.put(joint.get(), angle);
        }
        return sound ? Optional.of(start.with(changes)) : Optional.empty();
    }

    private static String joints() {
        List<String> keys = new ArrayList<>();
        for (Joint joint : Joint.values()) {
            keys.add(joint.key());
        }
        return String.join(", ", keys);
    }
}
