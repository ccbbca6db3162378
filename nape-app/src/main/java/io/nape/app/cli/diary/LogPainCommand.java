package io.nape.app.cli.diary;

import io.nape.app.Wiring;
import io.nape.app.text.Texts;
import io.nape.core.diary.InvalidPainEntryException;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PainEntryRepository;
import io.nape.core.diary.StrongPain;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Log how much the neck hurts now. A strong or rising pain asks for a new safety check. The note is
 * health data: it is stored, never printed back here, and never part of an error.
 */
@Command(
        name = "pain",
        mixinStandardHelpOptions = true,
        // The description and the options' descriptions are in i18n/help.properties.
        usageHelpAutoWidth = true)
public final class LogPainCommand implements Runnable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @ParentCommand
    LogCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAIN", descriptionKey = "pain")
    String pain;

    @Option(names = "--where", split = ",", paramLabel = "AREA")
    List<String> where = new ArrayList<>();

    @Option(names = "--character", split = ",", paramLabel = "KIND")
    List<String> character = new ArrayList<>();

    @Option(names = "--stiffness", paramLabel = "0-10")
    @Nullable
    String stiffness;

    @Option(names = "--note", paramLabel = "TEXT")
    String note = "";

    @Override
    public void run() {
        Wiring wiring = parent.parent.wiring();
        Texts texts = parent.parent.texts();
        Instant now = wiring.clock().instant();
        PainEntry entry = new PainEntry(
                null,
                now,
                rating(texts, "diary.field.pain", pain),
                areas(texts, where),
                characters(texts, character),
                stiffness == null ? null : rating(texts, "diary.field.stiffness", stiffness),
                note.strip());
        PainEntryRepository entries = wiring.painEntries();
        List<PainEntry> earlier = entries.findBetween(now.minus(StrongPain.LOOKBACK), now);
        PainEntry saved = entries.save(entry);
        PrintWriter out = spec.commandLine().getOut();
        out.println(texts.get(
                "diary.logged",
                "pain",
                saved.pain(),
                "time",
                TIME.format(saved.at().atZone(wiring.settings().timeZone()))));
        switch (StrongPain.of(saved, earlier)) {
            case HIGH -> out.println(texts.get("diary.strongPain"));
            case RISING -> out.println(texts.get("diary.risingPain"));
            case NONE -> {}
        }
        out.flush();
    }

    private static int rating(Texts texts, String fieldKey, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            String field = texts.get(fieldKey);
            String message = aNumber(text)
                    .map(number -> texts.get("diary.notAWholeNumberWas", "field", field, "value", number))
                    .orElseGet(() -> texts.get("diary.notAWholeNumber", "field", field));
            throw new InvalidPainEntryException(message);
        }
    }

    /** A bad number is shown; any other text the person typed is not. */
    private static java.util.Optional<String> aNumber(String text) {
        try {
            double number = Double.parseDouble(text.trim());
            return Double.isFinite(number) ? java.util.Optional.of(text.trim()) : java.util.Optional.empty();
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    private static Set<PainArea> areas(Texts texts, List<String> words) {
        Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
        for (String word : words) {
            if (!word.isBlank()) {
                areas.add(PainArea.fromWord(word)
                        .orElseThrow(() -> new InvalidPainEntryException(texts.get(
                                "diary.noSuchArea",
                                "choices",
                                choices(texts, Arrays.stream(PainArea.values()).map(PainArea::shortName))))));
            }
        }
        return areas;
    }

    private static Set<PainCharacter> characters(Texts texts, List<String> words) {
        Set<PainCharacter> characters = EnumSet.noneOf(PainCharacter.class);
        for (String word : words) {
            if (!word.isBlank()) {
                characters.add(PainCharacter.fromKey(word)
                        .orElseThrow(() -> new InvalidPainEntryException(texts.get(
                                "diary.noSuchCharacter",
                                "choices",
                                choices(
                                        texts,
                                        Arrays.stream(PainCharacter.values()).map(PainCharacter::key))))));
            }
        }
        return characters;
    }

    private static String choices(Texts texts, Stream<String> words) {
        List<String> list = words.toList();
        return texts.get(
                "diary.or",
                "first",
                list.subList(0, list.size() - 1).stream().collect(Collectors.joining(", ")),
                "last",
                list.get(list.size() - 1));
    }
}
