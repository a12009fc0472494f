/** The back-office frame: the dashboard of each role and the supervisors' agency switcher. */
@org.springframework.modulith.ApplicationModule(displayName = "Admin")
package org.gongkai.server.admin;
