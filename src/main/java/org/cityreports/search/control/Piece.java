package org.cityreports.search.control;

/** A piece of a found text, marked when it is one of the words searched for. */
public record Piece(String text, boolean marked) {}
