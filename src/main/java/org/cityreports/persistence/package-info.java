/** The default embedded Derby data source in the data directory. */
package org.cityreports.persistence;
