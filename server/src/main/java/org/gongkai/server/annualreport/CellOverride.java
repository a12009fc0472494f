package org.gongkai.server.annualreport;

import java.time.Instant;

/** A table cell set by hand instead of from the registers, with the reason the officer gave. */
public record CellOverride(String path, String value, String reason, String createdBy, Instant createdAt) {}
