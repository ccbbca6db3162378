package io.nape.store.yaml;

import java.util.ArrayList;
import java.util.List;

/** Collect problems found in content files, each as {@code file:line: what is wrong}. */
public final class Problems {
    private final List<String> lines = new ArrayList<>();

    public void add(String file, int line, String message) {
        lines.add(file + ":" + line + ": " + message);
    }

    public void addAll(Problems other) {
        lines.addAll(other.lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int size() {
        return lines.size();
    }

    public List<String> all() {
        return List.copyOf(lines);
    }
}
