/** Agencies (the tenants) and the region hierarchy they sit in, with the rules of who may read or change which agency. */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package org.gongkai.server.agency;
