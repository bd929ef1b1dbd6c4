/**
 * What the rules of every feature may answer, without speaking HTTP: something asked for is not
 * there ({@link org.cityreports.domain.NotFound}), the signed-in person may not do it
 * ({@link org.cityreports.domain.NotAllowed}), nobody is signed in
 * ({@link org.cityreports.domain.NotSignedIn}), its state does not allow it now
 * ({@link org.cityreports.domain.Conflict}), and what is wrong with submitted values, field by field
 * ({@link org.cityreports.domain.FormErrors}). {@code web/DomainExceptionMapper} turns the exceptions
 * into the page or JSON each request asked for.
 */
package org.cityreports.domain;
