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

    /** Add the first {@code limit} of the other's problems and, if it has more, one line that counts them. */
    public void addFirst(Problems other, int limit) {
        if (other.lines.size() <= limit) {
            addAll(other);
            return;
        }
        lines.addAll(other.lines.subList(0, limit));
        String last = other.lines.get(limit - 1);
        int place = last.indexOf(": ");
        int more = other.lines.size() - limit;
        lines.add(last.substring(0, place) + ": and " + more + (more == 1 ? " more problem" : " more problems")
                + " in this file");
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
