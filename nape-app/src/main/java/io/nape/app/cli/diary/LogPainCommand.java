package io.nape.app.cli.diary;

import io.nape.app.Wiring;
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
        description = {
            "Log how much it hurts now, from 0 (not at all) to 10 (the worst you can imagine).",
            "Example: ./nape log pain 4 --where neck,shoulders --character aching --stiffness 3"
                    + " --note \"after a long call\""
        })
public final class LogPainCommand implements Runnable {
    static final String STRONG_PAIN =
            "That is strong pain. Run './nape check' now to see whether you should talk to a doctor.";
    static final String RISING_PAIN = "That is more pain than at any time in the last three days."
            + " Run './nape check' now to see whether you should talk to a doctor.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    LogCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAIN", description = "How much it hurts now: 0 to 10.")
    @SuppressWarnings("NullAway.Init")
    String pain;

    @Option(
            names = "--where",
            split = ",",
            paramLabel = "AREA",
            description = "Where it hurts, comma-separated: neck, shoulders, head (the back of the head),"
                    + " shoulder-blades (between them), arms.")
    List<String> where = new ArrayList<>();

    @Option(
            names = "--character",
            split = ",",
            paramLabel = "KIND",
            description = "What it feels like, comma-separated: aching, shooting, pulsating, stiffness.")
    List<String> character = new ArrayList<>();

    @Option(names = "--stiffness", paramLabel = "0-10", description = "How stiff the neck is: 0 to 10.")
    @Nullable
    String stiffness;

    @Option(
            names = "--note",
            paramLabel = "TEXT",
            description = "A few words of your own, at most " + PainEntry.MAX_NOTE_LENGTH + " characters.")
    String note = "";

    @Override
    public void run() {
        Wiring wiring = parent.parent.wiring();
        Instant now = wiring.clock().instant();
        PainEntry entry = new PainEntry(
                null,
                now,
                rating("Pain", pain),
                areas(where),
                characters(character),
                stiffness == null ? null : rating("Stiffness", stiffness),
                note.strip());
        PainEntryRepository entries = wiring.painEntries();
        List<PainEntry> earlier = entries.findBetween(now.minus(StrongPain.LOOKBACK), now);
        PainEntry saved = entries.save(entry);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Logged pain " + saved.pain() + " at "
                + TIME.format(saved.at().atZone(wiring.settings().timeZone())) + ".");
        switch (StrongPain.of(saved, earlier)) {
            case HIGH -> out.println(STRONG_PAIN);
            case RISING -> out.println(RISING_PAIN);
            case NONE -> {}
        }
        out.flush();
    }

    private static int rating(String field, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidPainEntryException(field + " must be a whole number from 0 to 10" + aNumber(text) + ".");
        }
    }

    /** A bad number is shown; any other text the person typed is not. */
    private static String aNumber(String text) {
        try {
            double number = Double.parseDouble(text.trim());
            return Double.isFinite(number) ? ", was " + text.trim() : "";
        } catch (NumberFormatException notANumber) {
            return "";
        }
    }

    private static Set<PainArea> areas(List<String> words) {
        Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
        for (String word : words) {
            if (!word.isBlank()) {
                areas.add(PainArea.fromWord(word)
                        .orElseThrow(() -> new InvalidPainEntryException("No such area; use "
                                + choices(Arrays.stream(PainArea.values()).map(PainArea::shortName))
                                + ".")));
            }
        }
        return areas;
    }

    private static Set<PainCharacter> characters(List<String> words) {
        Set<PainCharacter> characters = EnumSet.noneOf(PainCharacter.class);
        for (String word : words) {
            if (!word.isBlank()) {
                characters.add(PainCharacter.fromKey(word)
                        .orElseThrow(() -> new InvalidPainEntryException("No such pain character; use "
                                + choices(Arrays.stream(PainCharacter.values()).map(PainCharacter::key))
                                + ".")));
            }
        }
        return characters;
    }

    private static String choices(Stream<String> words) {
        List<String> list = words.toList();
        return list.subList(0, list.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
                + list.get(list.size() - 1);
    }
}
