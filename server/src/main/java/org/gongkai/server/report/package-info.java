/** Published annual reports (年度报告): the canonical JSON of each agency's report per year, as the portal shows it. */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.gongkai.server.report;
