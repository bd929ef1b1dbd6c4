package org.cityreports.web;

import jakarta.ws.rs.ClientErrorException;

/**
 * An HTTP refusal the web layer itself makes (a body over the size limit): the status and a message
 * key that the error page shows in the reader's language. The rules of features refuse with the
 * exceptions of {@code domain}, mapped by {@link DomainExceptionMapper}.
 */
public class Refusal extends ClientErrorException {

    private final String messageKey;

    public Refusal(int status, String messageKey) {
        super(messageKey, status);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
