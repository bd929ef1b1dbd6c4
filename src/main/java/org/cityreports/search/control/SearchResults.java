package org.cityreports.search.control;

import java.util.List;
import java.util.Locale;

/**
 * One page of what a search found: the figures and targets first, then the sentences, each list in
 * the order of how well it matches.
 *
 * @param noWords true when the words typed held nothing to search for (punctuation only)
 */
public record SearchResults(
        SearchQuery query,
        boolean noWords,
        int itemCount,
        int sentenceCount,
        List<ItemHit> items,
        List<SentenceHit> sentences) {

    static SearchResults withoutWords(SearchQuery query) {
        return new SearchResults(query, true, 0, 0, List.of(), List.of());
    }

    public int total() {
        return itemCount + sentenceCount;
    }

    public int pages() {
        return (total() + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE;
    }

    /** The number of this page's first figure in the whole list, from 1 (for the list's numbering). */
    public int firstItemNumber() {
        return query.page() * SearchQuery.PAGE_SIZE + 1;
    }

    /** The number of this page's first sentence among all sentences, from 1. */
    public int firstSentenceNumber() {
        return Math.max(0, query.page() * SearchQuery.PAGE_SIZE - itemCount) + 1;
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }

    /** Where a hit is: a report of a city and year, and the address of the row or sentence on its page. */
    public record Place(String citySlug, String cityZh, String cityEn, int year, String part, String anchor) {

        public String cityName(Locale locale) {
            return "en".equals(locale.getLanguage()) ? cityEn : cityZh;
        }

        /** The report page, at the hit. */
        public String href() {
            return "/cities/" + citySlug + "/" + year + "#" + anchor;
        }
    }

    /**
     * A figure or a target.
     *
     * @param kind "figure" or "target"
     * @param value as the report states it: "5121.61", a range "5–5.5"
     * @param years a target's years ("2022–2026"), a figure's period
     */
    public record ItemHit(
            String kind,
            List<Piece> label,
            String value,
            String unit,
            String years,
            List<Piece> sentence,
            Place place) {}

    /** A sentence of a report's narrative or of its source text. */
    public record SentenceHit(List<Piece> sentence, String sectionTitle, Place place) {}
}
