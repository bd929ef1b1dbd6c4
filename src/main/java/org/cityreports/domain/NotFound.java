package org.cityreports.domain;

/** Something asked for by its id, slug or code does not exist (or is not visible to the public). */
public final class NotFound extends DomainException {

    public NotFound(String message) {
        super(message);
    }
}
