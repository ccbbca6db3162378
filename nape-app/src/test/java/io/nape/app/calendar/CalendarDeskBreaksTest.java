package io.nape.app.calendar;

import static io.nape.app.calendar.CalendarFixtures.LENGTHS;
import static io.nape.app.calendar.CalendarFixtures.events;
import static io.nape.app.calendar.CalendarFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.plan.Settings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar's micro-breaks say they hold a few exercises of the complex in turn, and how to play one. */
class CalendarDeskBreaksTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    private static List<String> breakDescriptions(Texts texts) {
        byte[] ics = new PlanCalendar(LENGTHS, texts)
                .build(Settings.defaults(ZoneId.of("Europe/Berlin")), MONDAY)
                .bytes();
        return events(parse(ics)).stream()
                .filter(event ->
                        event.getProperty(Property.UID).orElseThrow().getValue().startsWith("micro-break-"))
                .map(CalendarDeskBreaksTest::description)
                .toList();
    }

    private static String description(VEvent event) {
        return event.getProperty(Property.DESCRIPTION).orElseThrow().getValue();
    }

    @Test
    void everyMicroBreakSaysItHoldsTheNextExercisesOfTheComplexAndHowToPlayIt() {
        List<String> english = breakDescriptions(Texts.english());

        assertThat(english).hasSize(6).allSatisfy(description -> assertThat(description)
                .startsWith("A short break at your desk: the next few exercises of the isometric complex")
                .contains("./nape start --break plays the break that is due.")
                .contains("Up to 2 min."));
    }

    @Test
    void saysItInRussian() {
        assertThat(breakDescriptions(Texts.of(Language.RUSSIAN))).allSatisfy(description -> assertThat(description)
                .startsWith("Короткий перерыв за столом: следующие несколько упражнений")
                .contains("./nape start --break запускает перерыв"));
    }
}
