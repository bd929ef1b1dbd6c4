package org.cityreports.document.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A text file: UTF-8, or GB18030 (which holds GBK and GB2312) when it is not valid UTF-8. */
final class PlainText {

    private PlainText() {}

    static String read(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }
}
