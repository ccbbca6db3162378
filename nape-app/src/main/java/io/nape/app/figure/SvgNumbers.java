package io.nape.app.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Write a number as the figure's SVG does: at most two decimals, no trailing zeros, never "-0". */
final class SvgNumbers {
    private SvgNumbers() {}

    static String of(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
