package org.gongkai.server.shared;

/**
 * Published once, inside the demo-data transaction, after the demo region, agencies and accounts exist (embedded
 * database only). Business modules listen to add their own plausible demo activity for the years up to
 * {@code lastYear}; the demo agencies are found by their codes (shixian-gov, shixian-wjj, shixian-jyj, shiqu-czj).
 */
public record DemoDataLoaded(int lastYear) {}
