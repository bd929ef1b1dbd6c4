/** Staff: accounts, sign-in (Jakarta Security), roles and the staff area's shared protection. */
package org.cityreports.staff;
