package org.cityreports.track.boundary;

import org.cityreports.track.control.Observation;
import org.cityreports.web.LocaleNumbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart drawn as SVG by the server (template fragment {@code fragments/chart}):
 * no script, printable, and always beside a table with the same numbers. One row per observation,
 * grouped under a heading (a year), one colour per city; falls extend left of the zero line.
 */
public record BarChart(int width, int height, double zeroX, List<Row> rows) {

    static final int LABEL_WIDTH = 150;
    static final int PLOT_WIDTH = 420;
    static final int VALUE_WIDTH = 110;
    static final int ROW_HEIGHT = 24;
    private static final String[] COLOURS = {
        "#1f5fa8", "#c0392b", "#2e8b57", "#b8860b", "#6a3d9a", "#008b8b", "#8b4513", "#d2691e"
    };

    /** A bar (or a group heading when {@code barWidth} is 0). */
    public record Row(
            String label, String valueText, double y, double x, double barWidth, String colour, double textX) {}

    /**
     * @param groupOf the heading a row belongs under (null: no headings)
     * @param labelOf the row's label
     * @param unit written after each value
     */
    static BarChart of(
            List<Observation> observations,
            java.util.function.Function<Observation, String> groupOf,
            java.util.function.Function<Observation, String> labelOf,
            String unit,
            LocaleNumbers numbers) {
        double max = observations.stream()
                .mapToDouble(o -> o.value().doubleValue())
                .max()
                .orElse(0);
        double min = observations.stream()
                .mapToDouble(o -> o.value().doubleValue())
                .min()
                .orElse(0);
        double low = Math.min(0, min);
        double span = Math.max(0, max) - low;
        double scale = span == 0 ? 0 : PLOT_WIDTH / span;
        double zeroX = LABEL_WIDTH + (-low) * scale;
        Map<String, String> colours = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        String group = null;
        double y = 0;
        for (Observation o : observations) {
            String g = groupOf == null ? null : groupOf.apply(o);
            if (g != null && !g.equals(group)) {
                rows.add(new Row(g, "", y, 0, 0, "", 0));
                y += ROW_HEIGHT;
                group = g;
            }
            String label = labelOf.apply(o);
            String colour = colours.computeIfAbsent(o.city().getSlug(), k -> COLOURS[colours.size() % COLOURS.length]);
            double v = o.value().doubleValue();
            double w = Math.abs(v) * scale;
            rows.add(new Row(
                    label,
                    numbers.format(o.value()) + " " + unit,
                    y,
                    round(v < 0 ? zeroX - w : zeroX),
                    round(w),
                    colour,
                    round((v < 0 ? zeroX : zeroX + w) + 4)));
            y += ROW_HEIGHT;
        }
        return new BarChart(LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH, (int) y + 4, round(zeroX), rows);
    }

    /** Tenths of a pixel are enough, and keep the SVG short. */
    private static double round(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
