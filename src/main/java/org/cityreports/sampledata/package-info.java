/** The sample data: both seed reports, transcribed completely, loaded once into an empty database. */
package org.cityreports.sampledata;
