package org.cityreports.domain;

/** A rule's answer that the request cannot be carried out; each kind says why. */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, NotAllowed, NotSignedIn, Conflict {

    protected DomainException(String message) {
        super(message);
    }
}
