/** Web glue every feature shares: the JAX-RS application, the Thymeleaf bridge, error pages. */
package org.cityreports.web;
