package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The refusals that count years, days, hours or characters say them in Russian's three forms. */
class ProblemPluralsTest {
    private static final Texts RUSSIAN = Texts.of(Language.RUSSIAN);

    @ParameterizedTest
    @CsvSource({"1, 1 год", "3, 3 года", "5, 5 лет", "21, 21 год"})
    void countsTheYearsADateMayBeFromToday(int years, String said) {
        String text = RUSSIAN.get(
                "problem.date.tooFar",
                "name",
                "--from",
                "date",
                "1900-01-01",
                "years",
                years,
                "earliest",
                "2016-03-30",
                "latest",
                "2036-03-30");

        assertThat(text)
                .isEqualTo("--from 1900-01-01 отстоит от сегодняшнего дня больше чем на " + said
                        + ". Укажите дату с 2016-03-30 по 2036-03-30.");
    }

    @ParameterizedTest
    @CsvSource({"1, 1 дня, 1 день", "3, 3 дней, 3 дня", "5, 5 дней, 5 дней", "21, 21 дня, 21 день"})
    void countsTheDaysOfARange(int count, String atMost, String range) {
        String text = RUSSIAN.get(
                "problem.date.tooLong",
                "max",
                count,
                "fromName",
                "--from",
                "first",
                "2026-03-30",
                "toName",
                "--to",
                "last",
                "2027-05-04",
                "days",
                count);

        assertThat(text)
                .isEqualTo("План охватывает не больше " + atMost + ", а с --from 2026-03-30 по --to 2027-05-04 — "
                        + range + ". Укажите срок короче.");
    }

    @ParameterizedTest
    @CsvSource({"1, 1 знака", "3, 3 знаков", "5, 5 знаков", "21, 21 знака"})
    void countsTheCharactersOfANote(int max, String said) {
        assertThat(RUSSIAN.get("api.diary.noteTooLong", "max", max))
                .isEqualTo("«note» должно быть не длиннее " + said + ". Сократите его.");
    }

    @ParameterizedTest
    @CsvSource({"1, 1 часа", "3, 3 часов", "5, 5 часов", "21, 21 часа"})
    void countsTheHoursOfASession(int hours, String said) {
        assertThat(RUSSIAN.get("api.sessions.tooLong", "hours", hours))
                .isEqualTo("Занятие длилось дольше " + said + ", от «startedAt» до «endedAt». Проверьте оба времени.");
    }
}
