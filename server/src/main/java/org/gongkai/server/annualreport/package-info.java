/** The annual report from live data (年度报告编制): workspace per agency and year, checks, approval and publication. */
@org.springframework.modulith.ApplicationModule(displayName = "Annual report")
package org.gongkai.server.annualreport;
