/** The append-only, hash-chained (SM3) audit log of staff actions, with the page that lists and verifies it. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.gongkai.server.audit;
