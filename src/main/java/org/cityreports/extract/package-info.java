/**
 * Figure extraction: a report's text in, candidate figures and targets out, each tied to its
 * sentence, for editors to correct and accept in bulk. Plain Java rules, no network, no model.
 */
package org.cityreports.extract;
