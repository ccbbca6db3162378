package io.nape.app.calendar;

import static io.nape.app.calendar.CalendarFixtures.LENGTHS;
import static io.nape.app.calendar.CalendarFixtures.events;
import static io.nape.app.calendar.CalendarFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.plan.Settings;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

class CalendarLanguagesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    private static Settings settings() {
        return Settings.defaults(ZoneId.of("Europe/Moscow"))
                .withLevel(DosageLevel.STANDARD)
                .withRelaxationStart(LocalDate.of(2026, 3, 20));
    }

    private static byte[] export(Texts texts) {
        return new PlanCalendar(LENGTHS, texts).build(settings(), MONDAY).bytes();
    }

    private static List<String> values(byte[] ics, String property) {
        return events(parse(ics)).stream()
                .map(event -> event.getProperty(property).orElseThrow().getValue())
                .toList();
    }

    private static List<byte[]> physicalLines(byte[] ics) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int index = 0; index + 1 < ics.length; index++) {
            if (ics[index] == '\r' && ics[index + 1] == '\n') {
                byte[] line = new byte[index - start];
                System.arraycopy(ics, start, line, 0, line.length);
                lines.add(line);
                start = index + 2;
            }
        }
        assertThat(start).as("the file ends with CRLF").isEqualTo(ics.length);
        return lines;
    }

    @Test
    void theRussianExportHasRussianTitlesDescriptionsAndReminders() {
        byte[] ics = export(Texts.of(Language.RUSSIAN));

        assertThat(values(ics, Property.SUMMARY))
                .contains("Утреннее занятие", "Вечернее занятие", "Короткий перерыв", "Урок расслабления 3")
                .noneMatch(summary -> summary.matches(".*[A-Za-z].*"));
        assertThat(values(ics, Property.DESCRIPTION))
                .anyMatch(description -> description.startsWith("Весь изометрический комплекс для шеи")
                        && description.contains("Около ")
                        && description.contains("Начните так: ./nape start "));
        assertThat(events(parse(ics)).get(0).getAlarms().get(0).getProperty(Property.DESCRIPTION))
                .hasValueSatisfying(alarm ->
                        assertThat(alarm.getValue()).startsWith("Nape: ").contains(" мин"));
    }

    @Test
    void everyLineOfTheRussianExportIsAtMost75OctetsAndTheFileIsUtf8() throws CharacterCodingException {
        byte[] ics = export(Texts.of(Language.RUSSIAN));

        List<byte[]> lines = physicalLines(ics);
        assertThat(lines).allSatisfy(line -> assertThat(line.length).isLessThanOrEqualTo(75));
        assertThat(lines)
                .as("a line of Cyrillic letters was folded: no line could end mid-letter unnoticed")
                .anyMatch(line -> line.length >= 73 && (line[line.length - 1] & 0x80) != 0);
        for (byte[] line : lines) {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line));
        }
    }

    @Test
    void theRussianExportReadsBackAsTheEventsItWasBuiltFrom() {
        CalendarExport export = new PlanCalendar(LENGTHS, Texts.of(Language.RUSSIAN)).build(settings(), MONDAY);

        List<String> built = events(export.calendar()).stream()
                .map(event ->
                        event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .toList();
        assertThat(values(export.bytes(), Property.DESCRIPTION)).isEqualTo(built);
    }

    @Test
    void theEnglishExportIsWordedAsBefore() {
        byte[] english = export(Texts.english());

        assertThat(new PlanCalendar(LENGTHS).build(settings(), MONDAY).bytes()).isEqualTo(english);
        assertThat(values(english, Property.SUMMARY))
                .contains("Morning session", "Evening session", "Micro-break", "Relaxation lesson 3");
        assertThat(values(english, Property.DESCRIPTION))
                .anyMatch(description ->
                        description.matches("The whole isometric neck complex to start the day\\. About \\d+ min\\."
                                + " Start it with: \\./nape start [a-z-]+"))
                .anyMatch(description -> description.startsWith("Progressive relaxation, lesson 3 of 6: tense,"
                        + " then let go; no pain while tensing. A new lesson every 4 days. About "));
        assertThat(physicalLines(english))
                .allSatisfy(line -> assertThat(line.length).isLessThanOrEqualTo(75));
    }

    @Test
    void foldingNeverSplitsALetterOfFourOctets() {
        String line = "DESCRIPTION:" + "шея 🙂 ".repeat(30);

        String folded = OctetFolding.fold(line + "\r\n");

        assertThat(folded.split("\r\n"))
                .allSatisfy(physical -> assertThat(physical.getBytes(StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75))
                .allSatisfy(physical -> assertThat(Character.isHighSurrogate(physical.charAt(physical.length() - 1)))
                        .isFalse());
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }
}
