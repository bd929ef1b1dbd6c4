/**
 * The data catalogue: every published report and every indicator with figures as a DCAT dataset, at
 * {@code /catalog.jsonld}, for open-data portals to harvest.
 */
package org.cityreports.catalog;
