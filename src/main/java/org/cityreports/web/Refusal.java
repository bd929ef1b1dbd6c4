package org.cityreports.web;

import jakarta.ws.rs.ClientErrorException;

/**
 * A request the product understands but will not carry out as things stand ("the report is in
 * review"): the status and a message key that the error page shows in the reader's language.
 */
public class Refusal extends ClientErrorException {

    private final String messageKey;

    public Refusal(int status, String messageKey) {
        super(messageKey, status);
        this.messageKey = messageKey;
    }

    /** 409: the entity's state does not allow it now. */
    public static Refusal conflict(String messageKey) {
        return new Refusal(409, messageKey);
    }

    public String messageKey() {
        return messageKey;
    }
}
