package io.nape.store.yaml;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Parse one content file into a {@link YamlMap} that remembers the line of every value. */
public final class YamlFile {
    /** Read-only once built, so shared by every parse. */
    private static final Resolver RESOLVER = new Resolver();

    /**
     * The largest content file, 2 MiB: in bytes on disk and in characters once read. The largest
     * built-in file is under 20 KB, so a hundred times that still fits; a larger file is refused
     * before it is read, so that no file can hold up the loader or fill the memory.
     */
    public static final int MAX_SIZE = 2 * 1024 * 1024;

    private YamlFile() {}

    /** The file's top-level mapping, or empty with the reason added to {@code problems}. */
    public static Optional<YamlMap> parse(String file, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_SIZE);
        if (text.length() > MAX_SIZE) {
            problems.add(file, 1, tooLarge());
            return Optional.empty();
        }
        try {
            // Composes nodes as Yaml.compose does, without building the object constructor that
            // Yaml's constructor makes (and, with it, a JDK logger), which composing never uses.
            Node root =
                    new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options).getSingleNode();
            if (root == null) {
                problems.add(file, 1, "the file is empty; it needs 'exercises:' or 'routines:'");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode)) {
                problems.add(file, line(root), "the file must be a mapping with 'exercises:' or 'routines:'");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(file, (MappingNode) root, problems));
        } catch (MarkedYAMLException syntax) {
            int line = syntax.getProblemMark() == null
                    ? 1
                    : syntax.getProblemMark().getLine() + 1;
            problems.add(file, line, "this is not valid YAML: " + firstLine(syntax.getProblem()));
            return Optional.empty();
        } catch (YAMLException syntax) {
            problems.add(file, 1, "this is not valid YAML: " + firstLine(syntax.getMessage()));
            return Optional.empty();
        }
    }

    /** The problem of a file over {@link #MAX_SIZE}. */
    public static String tooLarge() {
        return "the file is larger than " + MAX_SIZE / (1024 * 1024) + " MB, the most a content file may hold;"
                + " split it into smaller files";
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static String firstLine(@Nullable String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
