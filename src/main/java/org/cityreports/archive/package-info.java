/**
 * All data of an instance as one JSON file: export for safekeeping or moving, import into an
 * empty instance.
 */
package org.cityreports.archive;
