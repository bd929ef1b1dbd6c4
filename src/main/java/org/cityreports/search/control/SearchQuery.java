package org.cityreports.search.control;

import org.cityreports.report.entity.Part;

/**
 * One search as asked: the words typed, the filters (each may be null) and the page, from 0.
 *
 * @param city a city's slug
 */
public record SearchQuery(String words, String city, Integer year, Part part, int page) {

    /** Longer than any indicator or phrase anyone looks for; longer text is pasted by mistake. */
    public static final int MAX_LENGTH = 100;

    public static final int PAGE_SIZE = 20;

    public SearchQuery {
        words = words == null ? "" : words.strip();
        page = Math.max(0, page);
    }

    /** The message key of what keeps these words from being searched, or null when they may be. */
    public String problem() {
        if (words.isEmpty()) {
            return "search.empty";
        }
        if (words.length() > MAX_LENGTH) {
            return "search.tooLong";
        }
        return null;
    }
}
