package org.cityreports.web;

/**
 * Everything the public reads, summed up in one short text that changes whenever a public page or
 * document would: {@link PublicResponses} keeps responses under it. The feature that knows all the
 * published data implements it (web knows no feature).
 */
public interface PublishedState {

    /** The current stamp; may answer from memory while it is surely still current. */
    String stamp();
}
