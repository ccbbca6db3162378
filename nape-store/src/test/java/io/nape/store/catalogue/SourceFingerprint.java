package io.nape.store.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Hold every run of {@value #RUN} consecutive words of the source article as a hash, so that the
 * repository can check the catalogue against the article without holding the article's text.
 *
 * <p>Words are compared as {@link #words} makes them: lower case, split at every character that is
 * not a letter or a digit, so case and punctuation never hide a copy. A hash is the first 8 bytes
 * of the SHA-256 of the run's words joined by single spaces.
 *
 * <p>To write the fingerprint again after the article changes, from the repository's root:
 * {@code java nape-store/src/test/java/io/nape/store/catalogue/SourceFingerprint.java
 * ../shared/source/neck-relief-article.txt > nape-store/src/test/resources/source/article-runs.txt}
 */
final class SourceFingerprint {
    /** The fewest consecutive words that make a copy. */
    static final int RUN = 8;

    static final String RESOURCE = "source/article-runs.txt";
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final SortedSet<String> runs;

    private SourceFingerprint(Set<String> runs) {
        this.runs = Collections.unmodifiableSortedSet(new TreeSet<>(runs));
    }

    /** The fingerprint of an article's text. */
    static SourceFingerprint of(String article) {
        return new SourceFingerprint(hashesOf(words(article)));
    }

    /** The fingerprint that ships with the tests, written from the source article. */
    static SourceFingerprint bundled() {
        try (InputStream in = SourceFingerprint.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            Set<String> runs = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    runs.add(line.trim());
                }
            }
            return new SourceFingerprint(runs);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The words of a text as they are compared: lower case, without punctuation. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether the source has these {@value #RUN} words in a row. */
    boolean contains(List<String> run) {
        if (run.size() != RUN) {
            throw new IllegalArgumentException("a run has " + RUN + " words, was " + run.size());
        }
        return runs.contains(hash(run));
    }

    int size() {
        return runs.size();
    }

    Set<String> hashes() {
        return runs;
    }

    private static Set<String> hashesOf(List<String> words) {
        Set<String> hashes = new TreeSet<>();
        for (int start = 0; start + RUN <= words.size(); start++) {
            hashes.add(hash(words.subList(start, start + RUN)));
        }
        return hashes;
    }

    private static String hash(List<String> run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", run).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JDK has SHA-256", missing);
        }
    }

    /** Print the fingerprint file of the article named by the one argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java SourceFingerprint.java ARTICLE > " + RESOURCE);
            System.exit(2);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Every run of ")
                .append(RUN)
                .append(" words of the source article, hashed; see SourceFingerprint.\n");
        for (String hash : of(Files.readString(Path.of(args[0]))).hashes()) {
            out.append(hash).append('\n');
        }
        System.out.print(out);
    }
}
