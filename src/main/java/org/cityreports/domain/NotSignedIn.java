package org.cityreports.domain;

/** This needs a signed-in person, and nobody is. */
public final class NotSignedIn extends DomainException {

    public NotSignedIn(String message) {
        super(message);
    }
}
