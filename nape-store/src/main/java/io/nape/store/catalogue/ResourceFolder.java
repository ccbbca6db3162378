package io.nape.store.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** List the files directly inside a folder of the class path, from a directory or from a jar. */
final class ResourceFolder {
    private ResourceFolder() {}

    /** The names of the files in {@code folder} (no sub-folders), sorted; empty if it is missing. */
    static Set<String> fileNames(String folder) {
        URL url = ResourceFolder.class.getClassLoader().getResource(folder + "/");
        if (url == null) {
            return Set.of();
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return inDirectory(Path.of(url.toURI()));
            }
            if ("jar".equals(url.getProtocol())) {
                return inJar(url, folder + "/");
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot list built-in folder " + folder, unreadable);
        } catch (URISyntaxException malformed) {
            throw new IllegalStateException("cannot list built-in folder " + folder + " at " + url, malformed);
        }
        throw new IllegalStateException("cannot list built-in folder " + folder + " at " + url);
    }

    /** The names of the folders directly inside {@code folder}, sorted; empty if it is missing. */
    static Set<String> folderNames(String folder) {
        URL url = ResourceFolder.class.getClassLoader().getResource(folder + "/");
        if (url == null) {
            return Set.of();
        }
        try {
            if ("file".equals(url.getProtocol())) {
                Set<String> names = new TreeSet<>();
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.filter(Files::isDirectory)
                            .forEach(file -> names.add(file.getFileName().toString()));
                }
                return names;
            }
            if ("jar".equals(url.getProtocol())) {
                return foldersInJar(url, folder + "/");
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot list built-in folder " + folder, unreadable);
        } catch (URISyntaxException malformed) {
            throw new IllegalStateException("cannot list built-in folder " + folder + " at " + url, malformed);
        }
        throw new IllegalStateException("cannot list built-in folder " + folder + " at " + url);
    }

    private static Set<String> foldersInJar(URL url, String prefix) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        Set<String> names = new TreeSet<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
                int slash = rest.indexOf('/');
                if (slash > 0) {
                    names.add(rest.substring(0, slash));
                }
            }
        }
        return names;
    }

    private static Set<String> inDirectory(Path directory) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> names.add(file.getFileName().toString()));
        }
        return names;
    }

    private static Set<String> inJar(URL url, String prefix) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        Set<String> names = new TreeSet<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
                if (!rest.isEmpty() && !rest.contains("/")) {
                    names.add(rest);
                }
            }
        }
        return names;
    }
}
