/** What every module shares: roles, the signed-in staff member, audit events, errors and the page frame. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package org.gongkai.server.shared;
