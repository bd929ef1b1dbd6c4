package org.cityreports.document.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.Set;

/**
 * A saved web page's article (jsoup): the site's navigation, header, footer, sidebars, scripts and
 * share buttons left out; the article is the {@code article} or {@code main} element, or the
 * element with the most paragraph text (government sites put it in a {@code div}); one line per
 * paragraph, heading and list item. A web page has no pages.
 */
final class WebPageText {

    private static final String AROUND = "script, style, noscript, iframe, nav, header, footer, aside, form, "
            + "[role=navigation], [role=banner], [role=contentinfo]";
    private static final String AROUND_BY_NAME =
            "(?i).*(nav|menu|footer|header|sidebar|breadcrumb|crumb|share|copyright|toolbar|banner|related).*";
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "tr",
            "td",
            "th",
            "br",
            "table",
            "ul",
            "ol",
            "blockquote",
            "pre");

    private WebPageText() {}

    static ReportFiles.Read read(byte[] content) throws UnreadableFile {
        Document page;
        try {
            // the charset from the page's own meta tag or byte-order mark, UTF-8 otherwise
            page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("file.damaged", e);
        }
        page.select(AROUND).remove();
        for (Element e : page.body().select("[id], [class]")) {
            if ((e.id() + " " + e.className()).matches(AROUND_BY_NAME) && e.parent() != null) {
                e.remove();
            }
        }
        return new ReportFiles.Read(lines(article(page)), ReportFiles.Kind.WEB_PAGE, 0);
    }

    private static Element article(Document page) {
        Element marked = page.selectFirst("article, main, [role=main]");
        if (marked != null) {
            return marked;
        }
        return page.body().select("div, section, td").stream()
                .max(Comparator.comparingInt(WebPageText::paragraphText))
                .filter(e -> paragraphText(e) > 0)
                .orElse(page.body());
    }

    /** How much text the element's own paragraphs hold: its article-ness. */
    private static int paragraphText(Element e) {
        int own = e.children().stream()
                .filter(c -> c.nameIs("p") || c.nameIs("h1") || c.nameIs("h2") || c.nameIs("h3"))
                .mapToInt(c -> c.text().length())
                .sum();
        return own > 0 ? own : e.ownText().length();
    }

    private static String lines(Element root) {
        StringBuilder text = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }
        });
        StringBuilder out = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                out.append(stripped).append('\n');
            }
        }
        return out.toString();
    }
}
