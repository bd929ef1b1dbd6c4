/** Who changed what and when: an append-only log written in the same transaction as the change. */
package org.cityreports.audit;
