package org.cityreports.report.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    @Test
    void eachSentenceKeepsItsMarkItsClosingQuoteAndTheSpacesAfter() {
        String text = "全市地区生产总值实现 5121.61 亿元。坚持“外防输入”!增长 9.2%;\n- 地铁 2 号线开通运营";
        List<String> sentences = Sentences.of(text);
        assertEquals(List.of("全市地区生产总值实现 5121.61 亿元。", "坚持“外防输入”!", "增长 9.2%;\n", "- 地铁 2 号线开通运营"), sentences);
        assertEquals(text, String.join("", sentences), "joined, the text again");
    }

    @Test
    void aSentenceEndingInAQuoteKeepsIt() {
        assertEquals(List.of("他说:“好。”", "然后"), Sentences.of("他说:“好。”然后"));
        assertEquals(List.of(), Sentences.of(null));
        assertEquals(List.of(), Sentences.of(""));
    }
}
