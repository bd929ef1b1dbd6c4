/**
 * Compare and track: one indicator across cities and years, cities side by side in one unit, and
 * plan targets measured against later reports' figures.
 */
package org.cityreports.track;
