/** Staff accounts, roles, sign-in with lock-out and password rules, and the web security of the whole application. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package org.gongkai.server.staff;
