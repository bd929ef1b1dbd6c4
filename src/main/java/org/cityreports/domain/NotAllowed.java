package org.cityreports.domain;

/** The signed-in person's roles or cities do not allow this. */
public final class NotAllowed extends DomainException {

    public NotAllowed(String message) {
        super(message);
    }
}
