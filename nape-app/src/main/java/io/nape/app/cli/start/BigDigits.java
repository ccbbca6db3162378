package io.nape.app.cli.start;

import java.util.ArrayList;
import java.util.List;

/** Draw numbers five lines tall, for a countdown readable from a chair's length away. */
final class BigDigits {
    static final int HEIGHT = 5;
    private static final String[][] GLYPHS = {
        {"█████", "█   █", "█   █", "█   █", "█████"},
        {"  ██ ", "   █ ", "   █ ", "   █ ", "  ███"},
        {"█████", "    █", "█████", "█    ", "█████"},
        {"█████", "    █", " ████", "    █", "█████"},
        {"█   █", "█   █", "█████", "    █", "    █"},
        {"█████", "█    ", "█████", "    █", "█████"},
        {"█████", "█    ", "█████", "█   █", "█████"},
        {"█████", "    █", "   █ ", "  █  ", "  █  "},
        {"█████", "█   █", "█████", "█   █", "█████"},
        {"█████", "█   █", "█████", "    █", "█████"},
    };

    private BigDigits() {}

    static List<String> render(int number) {
        String digits = Integer.toString(Math.max(0, number));
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < HEIGHT; row++) {
            StringBuilder line = new StringBuilder();
            for (char digit : digits.toCharArray()) {
                line.append(GLYPHS[digit - '0'][row]).append("  ");
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
