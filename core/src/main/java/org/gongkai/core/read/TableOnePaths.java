package org.gongkai.core.read;

import org.gongkai.core.report.ReportFormat;

/** JSON paths of table-1 cells in both formats. */
final class TableOnePaths {
  private TableOnePaths() {}

  static String cell(TableOne one, ReportFormat format, int k) {
    if (format == ReportFormat.F2019) {
      String[] keys = switch (one) {
        case REGULATIONS, NORMATIVE -> new String[] {"newlyMade", "newlyPublished", "totalPublished"};
        case FEES -> new String[] {"previousYearItems", "change"};
        case PROCUREMENT -> new String[] {"items", "amount"};
        default -> new String[] {"previousYearItems", "change", "decisions"};
      };
      return "proactive2019." + one.key + "." + keys[k];
    }
    return switch (one) {
      case REGULATIONS, NORMATIVE -> "proactive." + one.key + "." + new String[] {"issued", "repealed", "inForce"}[k];
      case FEES -> "proactive.feesWanYuan";
      default -> "proactive." + one.key;
    };
  }
}
