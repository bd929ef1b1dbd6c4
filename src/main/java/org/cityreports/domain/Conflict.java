package org.cityreports.domain;

/**
 * The request is understood, but the state of what it concerns does not allow it now ("the report
 * is in review"); the message key says why in the reader's language.
 */
public final class Conflict extends DomainException {

    private final String messageKey;

    public Conflict(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
