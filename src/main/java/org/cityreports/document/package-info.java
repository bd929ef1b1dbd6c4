/**
 * Report files in: a PDF with a text layer, a Word {@code .docx} or a saved web page read into the
 * plain text the rest of the product takes, with a {@linkplain control.PageMarker marker} where each
 * page of the file begins. Told apart by content; running headers, footers and page numbers left
 * out; lines the layout broke joined again. Apache PDFBox, POI and jsoup do the reading.
 */
package org.cityreports.document;
