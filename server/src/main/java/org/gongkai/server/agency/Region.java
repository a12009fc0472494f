package org.gongkai.server.agency;

/** A province, city or county; {@code parentId} is {@code null} for a province. */
public record Region(long id, Long parentId, String name, RegionLevel level) {}
