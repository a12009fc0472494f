package org.gongkai.core.report;

/** Table 1 in format 2019 (国办公开办函〔2019〕60号), which counts items published rather than issued. */
public record Proactive2019(
    Published regulations,
    Published normativeDocuments,
    Items licensing,
    Items otherServices,
    Items penalty,
    Items coercion,
    Fees fees,
    Procurement procurement) {

  /** 本年新制作数量, 本年新公开数量, 对外公开总数量. */
  public record Published(Integer newlyMade, Integer newlyPublished, Integer totalPublished) {}

  /** 上一年项目数量, 本年增/减 (may be negative), 处理决定数量. */
  public record Items(Integer previousYearItems, Integer change, Integer decisions) {}

  /** 上一年项目数量, 本年增/减 for 行政事业性收费. */
  public record Fees(Integer previousYearItems, Integer change) {}

  /** 采购项目数量, 采购总金额 as printed, and the unit printed with it (e.g. 元, 万元). */
  public record Procurement(Integer items, String amount, String amountUnit) {}
}
