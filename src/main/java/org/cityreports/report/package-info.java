/** Reports: their sections, figures and targets, and the public pages and API that show them. */
package org.cityreports.report;
