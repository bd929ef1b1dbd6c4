package org.cityreports.report.boundary;

/** Form text as it is stored: stripped, and null when nothing was typed. */
final class Text {

    private Text() {}

    static String orNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
