package org.cityreports.extract.control;

import java.math.BigDecimal;

/** 一 … 九千九百九十九 as reports write counts in words (两项, 十二件), and 半 (半个工作日). */
final class ChineseNumerals {

    static final String DIGITS = "零〇一二两三四五六七八九十百千半";

    private ChineseNumerals() {}

    /** The value, or null when the text is no numeral we read; 一万五千 is 15000. */
    static BigDecimal parse(String text) {
        int wan = text.indexOf('万');
        if (wan > 0 && wan < text.length() - 1) {
            BigDecimal high = parse(text.substring(0, wan));
            BigDecimal low = parse(text.substring(wan + 1));
            return high == null || low == null
                    ? null
                    : high.multiply(BigDecimal.valueOf(10000)).add(low);
        }
        if (text.equals("半")) {
            return new BigDecimal("0.5");
        }
        int total = 0;
        int digit = -1;
        for (char c : text.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit == 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total == 0 ? null : BigDecimal.valueOf(total);
    }
}
