package org.cityreports.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every word a template names exists in Chinese and in English, and both languages have the same keys. */
class MessagesTest {

    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("i18n/messages.properties"), keys("i18n/messages_en.properties"));
        assertEquals(keys("ValidationMessages.properties"), keys("ValidationMessages_en.properties"));
    }

    @Test
    void everyMessageATemplateNamesExists() throws IOException {
        Set<String> known = new TreeSet<>(keys("i18n/messages.properties"));
        known.addAll(keys("ValidationMessages.properties"));
        List<String> missing = new ArrayList<>();
        int named = 0;
        try (Stream<Path> templates = Files.walk(Path.of("webapp/WEB-INF/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = MESSAGE.matcher(Files.readString(template));
                while (m.find()) {
                    named++;
                    if (!known.contains(m.group(1))) {
                        missing.add(template + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(named > 50, "the templates name their words through messages: " + named);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
