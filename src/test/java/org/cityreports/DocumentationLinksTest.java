package org.cityreports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README and docs/ lead somewhere: every relative link names a file of the repository and,
 * with a #fragment, one of its headings (as GitHub makes their anchors); every repository path
 * written as code (`config/…`, `src/…`) exists. Web addresses are the product's own pages and are
 * not followed.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern CODE_PATH = Pattern.compile("`((?:config|src|webapp|bench|docs|\\.ci)/[^`\\s]*)`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$", Pattern.MULTILINE);

    @Test
    void everyLinkAndPathInTheDocumentsResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            String text = Files.readString(document);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (!target.matches("^[a-z]+:.*")) {
                    check(document, target).ifPresent(broken::add);
                }
            }
            Matcher code = CODE_PATH.matcher(text);
            while (code.find()) {
                String path = code.group(1);
                if (!path.matches(".*[*<>{}…].*") && !Files.exists(Path.of(path))) {
                    broken.add(document + ": `" + path + "` does not exist");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theReadmeLeadsAndTheDocsHoldTheRest() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        assertTrue(readme.size() <= 100, "about two screens: " + readme.size() + " lines");
        String text = String.join("\n", readme);
        for (Path doc : documents()) {
            if (doc.startsWith("docs")) {
                assertTrue(text.contains("(" + doc.toString().replace('\\', '/') + ")"), "README links " + doc);
            }
        }
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static Optional<String> check(Path document, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty()
                ? document
                : document.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return Optional.of(document + ": " + target + " — no such file");
        }
        if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
            return Optional.of(document + ": " + target + " — no such heading in " + resolved.getFileName());
        }
        return Optional.empty();
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        String text = Files.readString(markdown).replaceAll("(?s)```.*?```", "");
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            String slug = heading.group(1)
                    .replaceAll("`", "")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-');
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }
}
