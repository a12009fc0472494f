package org.gongkai.server.agency;

/** The three levels of the region hierarchy: 省, 市, 县/区. */
public enum RegionLevel {
  PROVINCE,
  CITY,
  COUNTY;

  /** The level a child of this level has, or {@code null} below a county. */
  public RegionLevel child() {
    return this == PROVINCE ? CITY : this == CITY ? COUNTY : null;
  }
}
