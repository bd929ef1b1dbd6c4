/**
 * Search: every published report's figures, targets and sentences in a Lucene index in the data
 * directory, with Chinese word segmentation, kept level with what is published.
 */
package org.cityreports.search;
