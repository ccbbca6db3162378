package io.nape.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTablesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
                "+1 after lunch|'+1 after lunch",
                "-worse today|'-worse today",
                "@home|'@home",
                "stiff = sore|stiff = sore",
                "fine|fine"
            })
    void freeTextNeverStartsAFormula(String note, String written) {
        assertThat(CsvTables.Table.asText(note)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {"a,b|\"a,b\"", "say \"hi\"|\"say \"\"hi\"\"\"", "plain|plain", "~ padded~|\" padded\""})
    void quotesWhatRfc4180Requires(String field, String written) {
        assertThat(CsvTables.Table.quoted(field)).isEqualTo(written);
    }
}
