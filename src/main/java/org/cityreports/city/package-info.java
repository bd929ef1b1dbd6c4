/** Cities: the governments whose reports the product holds. */
package org.cityreports.city;
