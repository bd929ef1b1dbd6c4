/** Units of measure with decimal scales (万, 亿, 万亿) and exact conversion between them. */
package org.cityreports.unit;
