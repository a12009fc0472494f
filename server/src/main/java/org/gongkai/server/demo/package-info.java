/** Fictional demo data (示例省 …) loaded on the first start with the embedded database, never with PostgreSQL or prod. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.gongkai.server.demo;
