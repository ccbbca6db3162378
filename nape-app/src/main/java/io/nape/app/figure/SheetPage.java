package io.nape.app.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Lay rows of stills out as one SVG page: a title, then for each exercise its name and its stills
 * in a grid of {@value #COLUMNS} columns, each still with its phase above and its cue below.
 */
final class SheetPage {
    static final int COLUMNS = 6;
    private static final int MARGIN = 20;
    private static final int CELL = 170;
    private static final int FIGURE = 150;
    private static final int CELL_HEIGHT = 200;
    private static final int HEADING = 30;
    private static final int TITLE = 50;
    private static final int LINE = 13;
    private static final int LINE_CHARACTERS = 27;
    private static final String TEXT = "font-family=\"sans-serif\" fill=\"#222\"";

    private SheetPage() {}

    static String of(String title, List<SheetRow> rows) {
        int width = MARGIN * 2 + COLUMNS * CELL;
        int height = TITLE + MARGIN;
        for (SheetRow row : rows) {
            height += HEADING + body(row);
        }
        StringBuilder out = new StringBuilder(rows.size() * 20_000 + 500);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\"><title>")
                .append(FigureSvg.escape(title))
                .append("</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        text(out, MARGIN, 34, 22, "bold", title);
        int y = TITLE;
        for (SheetRow row : rows) {
            text(out, MARGIN, y + 22, 16, "bold", row.heading());
            y += HEADING;
            List<SheetRow.Cell> cells = row.cells();
            for (int index = 0; index < cells.size(); index++) {
                int x = MARGIN + (index % COLUMNS) * CELL;
                int top = y + (index / COLUMNS) * CELL_HEIGHT;
                cell(out, x, top, cells.get(index));
            }
            y += body(row);
        }
        return out.append("</svg>\n").toString();
    }

    private static void cell(StringBuilder out, int x, int top, SheetRow.Cell cell) {
        text(out, x + 4, top + 12, 11, "bold", cell.label());
        String svg = cell.svg();
        if (svg != null) {
            out.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(top + 16)
                    .append("\" width=\"")
                    .append(FIGURE)
                    .append("\" height=\"")
                    .append(FIGURE)
                    .append("\" fill=\"none\" stroke=\"#ccc\"/>");
            out.append("<svg x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(top + 16)
                    .append("\" width=\"")
                    .append(FIGURE)
                    .append("\" height=\"")
                    .append(FIGURE)
                    .append('"')
                    .append(svg.substring("<svg".length()));
        }
        int line = svg == null ? top + LINE : top + 16 + FIGURE + LINE;
        for (String words : wrap(cell.cue())) {
            text(out, x + 4, line, 11, "normal", words);
            line += LINE;
        }
    }

    private static void text(StringBuilder out, int x, int y, int size, String weight, String words) {
        if (words.isEmpty()) {
            return;
        }
        out.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"")
                .append(size)
                .append("\" font-weight=\"")
                .append(weight)
                .append("\" ")
                .append(TEXT)
                .append('>')
                .append(FigureSvg.escape(words))
                .append("</text>");
    }

    /** The words in lines of about {@value #LINE_CHARACTERS} characters, a word never cut. */
    static List<String> wrap(String words) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARACTERS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The height of a row's stills, or of its one line saying it has none. */
    private static int body(SheetRow row) {
        if (row.cells().size() == 1 && row.cells().get(0).svg() == null) {
            return LINE + 8;
        }
        return (row.cells().size() + COLUMNS - 1) / COLUMNS * CELL_HEIGHT;
    }
}
