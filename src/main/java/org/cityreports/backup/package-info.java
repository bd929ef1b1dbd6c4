/** Online backups of the embedded Derby database into dated folders, and how to restore one. */
package org.cityreports.backup;
