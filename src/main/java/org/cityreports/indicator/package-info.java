/** Indicators: what figures measure, the key to comparing cities and years. */
package org.cityreports.indicator;
