package org.cityreports.document.control;

/**
 * A file that gives no report text, and why, as a message key: {@code file.empty},
 * {@code file.tooLarge}, {@code file.unknownKind}, {@code file.nameMismatch}, {@code file.oldWord},
 * {@code file.pdfNoText}, {@code file.encrypted}, {@code file.damaged}, {@code file.noText}.
 */
public class UnreadableFile extends Exception {

    private final String messageKey;

    public UnreadableFile(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public UnreadableFile(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
