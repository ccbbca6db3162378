package io.nape.app.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.cli.languages.PseudoWords;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.app.usecase.check.SignGroups;
import io.nape.store.safety.TriageRulesLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check asked one question at a time ({@code ./nape check} with answers typed) in Russian and in en-XA. */
class CheckAskedInLanguagesTest {
    private static final String NL = System.lineSeparator();
    /** Age, pain, days, worse or not, onset, then no sign in any group and no condition. */
    private static final List<String> NOTHING_WRONG = List.of("35", "3", "1", "н", "1", "", "", "", "", "", "");
    /** The same, with a fever (the head's fifth sign) and a stiff neck (the neck's first), and getting worse. */
    private static final List<String> FEVER_AND_STIFF_NECK =
            List.of("35", "6", "2", "д", "1", "5", "1", "", "", "", "");
    /** Ordinary answers, then constant headaches (the head's tenth sign), trouble turning and pain on bending (the neck's seventh and eighth). */
    private static final List<String> TURNING_BENDING_AND_HEADACHES =
            List.of("35", "3", "1", "н", "1", "10", "7 8", "", "", "", "");
    /** Latin letters, but in what stays as typed: Nape's name, its command, the Enter key. */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    private static final int QUESTIONS = 5 + SignGroups.ALL.size() + 1;

    @TempDir
    Path home;

    @Test
    void asksEveryQuestionAndAdvisesInRussian() {
        CliRun run = check("ru", NOTHING_WRONG);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.subList(0, 4))
                .containsExactly(
                        "Несколько вопросов о вашей шее, по одному. Отвечайте о том, как вы себя чувствуете сейчас.",
                        "",
                        "Сколько вам лет? Введите возраст в годах. Чтобы пропустить вопрос, нажмите Enter.",
                        "> ");
        assertThat(lines).filteredOn("> "::equals).hasSize(QUESTIONS);
        assertThat(lines).containsAll(questions(Texts.of(Language.RUSSIAN)));
        assertThat(lines.subList(lines.lastIndexOf("> ") + 1, lines.size()))
                .containsExactly(
                        "Ничто из того, что вы сообщили, сейчас не требует врача.",
                        "",
                        "Упражнения: подходит любой комплекс; если что-то заболит, сразу остановитесь.",
                        "Если что-то изменится, снова запустите './nape check'.",
                        "",
                        "Nape — не врач: если вам кажется, что с вами что-то серьёзное, обратитесь за медицинской"
                                + " помощью.",
                        "Оцените, что вам затрудняет шея: ./nape measure");
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(withoutWhatStaysAsTyped(line)).as(line).doesNotContainPattern(LATIN));
    }

    @Test
    void asksAboutTurningBendingAndConstantHeadachesInExactRussianAndAdvisesADoctor() {
        CliRun run = check("ru", TURNING_BENDING_AND_HEADACHES);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines)
                .contains(
                        "  1. головная боль",
                        "  10. головные боли, которые стали постоянными и возвращаются почти каждый день",
                        "  1. скованная, негнущаяся шея",
                        "  2. вы не можете повернуть голову",
                        "  7. вам трудно повернуть голову в сторону примерно на 90 градусов, чтобы посмотреть через"
                                + " плечо",
                        "  8. боль, когда вы наклоняете голову вперёд, назад или вбок");
        List<String> advice = lines.subList(lines.lastIndexOf("> ") + 1, lines.size());
        assertThat(advice.subList(0, 3))
                .containsExactly(
                        "Покажитесь врачу в ближайшее время: запишитесь на приём в ближайшие дни.",
                        "  - Если вы не можете повернуть голову примерно на 90 градусов в сторону или вам больно её"
                                + " наклонять, шею нужно лечить, поэтому в ближайшее время покажитесь врачу, а до тех"
                                + " пор делайте только мягкие упражнения, не поворачивая и не наклоняя голову через"
                                + " силу.",
                        "  - С постоянными головными болями вместе с болью в шее нужно обратиться к врачу, а не"
                                + " лечиться самостоятельно, поэтому скоро запишитесь на приём, а до тех пор делайте"
                                + " только мягкие упражнения.");
        assertThat(advice)
                .contains("Упражнения: пока только мягкие — осанка, дыхание, расслабление и лёгкий самомассаж.")
                .anySatisfy(line -> assertThat(line).matches("  neck-needs-treatment +К ВРАЧУ +Source article, .*"))
                .anySatisfy(line -> assertThat(line).matches("  constant-headaches +К ВРАЧУ +Source article, .*"));
    }

    @Test
    void givesTheEmergencyAdviceInRussianWithOnlyIdsAndSourcesInLatin() {
        CliRun run = check("ru", FEVER_AND_STIFF_NECK);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        List<String> advice = lines.subList(lines.lastIndexOf("> ") + 1, lines.size());
        assertThat(advice.subList(0, 4))
                .containsExactly(
                        "!".repeat(64),
                        "!!  СРОЧНО: ВЫЗОВИТЕ СКОРУЮ ПОМОЩЬ.",
                        "!!  Не ждите приёма у врача; первая причина ниже объясняет почему.",
                        "!".repeat(64));
        assertThat(advice)
                .contains(
                        "Упражнения: пока никаких; дайте шее отдохнуть.",
                        "Не начинайте занятие сейчас.",
                        "Почему (правило, уровень, источник):")
                .anySatisfy(line -> assertThat(line).startsWith("  ! Температура вместе со скованной шеей"))
                .anySatisfy(line -> assertThat(line).matches("  meningitis-signs +СРОЧНО +NICE .*"));
        int why = advice.indexOf("Почему (правило, уровень, источник):");
        List<String> said = new ArrayList<>(advice.subList(0, why));
        said.add(advice.get(advice.size() - 1));
        assertThat(said)
                .allSatisfy(line ->
                        assertThat(withoutWhatStaysAsTyped(line)).as(line).doesNotContainPattern(LATIN));
    }

    @Test
    void asksEveryQuestionAndAdvisesInThePseudoLanguage() {
        List<String> typed = new ArrayList<>(FEVER_AND_STIFF_NECK);
        typed.set(3, "y");
        CliRun run = check("en-XA", typed);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).filteredOn("> "::equals).hasSize(QUESTIONS);
        assertThat(lines).containsAll(questions(Texts.of(Language.PSEUDO)));
        assertThat(run.out()).contains(Texts.of(Language.PSEUDO).get("check.emergency.heading"));
        List<String> sources = TriageRulesLoader.bundled().rules().stream()
                .map(rule -> rule.source())
                .toList();
        PseudoWords words =
                new PseudoWords(Set.of("Nape", "meningitis-signs", "pain-growing", "pain-with-fever"), sources);
        assertThat(words.offending(run.out() + run.err())).as(run.out()).isEmpty();
    }

    private CliRun check(String language, List<String> typed) {
        return CliRun.runWithInput(home, String.join(NL, typed) + NL, "--lang", language, "check");
    }

    /** The line each question opens with, as the texts of the language give it. */
    private static List<String> questions(Texts texts) {
        String skip = " " + texts.get("check.ask.skip");
        List<String> questions = new ArrayList<>(List.of(
                texts.get("check.ask.age") + skip,
                texts.get("check.ask.pain") + skip,
                texts.get("check.ask.days") + skip,
                texts.get("check.ask.worsening") + skip,
                texts.get("check.ask.onset")));
        SignGroups.ALL.forEach(
                group -> questions.add(texts.get("check.ask.signs", "group", texts.get(group.textKey()))));
        questions.add(texts.get("check.ask.conditions"));
        return questions;
    }

    private static String withoutWhatStaysAsTyped(String line) {
        return line.replace("'./nape check'", "")
                .replace("./nape measure", "")
                .replace("Nape", "")
                .replace("Enter", "");
    }
}
