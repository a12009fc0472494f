package org.gongkai.server.annualreport;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ReportJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Applies hand-set cells to a report through its canonical JSON, addressed by the same paths findings use. */
final class CellOverrides {
  private CellOverrides() {}

  /** Thrown for a path that names no cell of the report, or a value that is not a count (or amount). */
  static final class InvalidOverride extends IllegalArgumentException {
    InvalidOverride(String message) {
      super(message);
    }
  }

  static AnnualReport apply(AnnualReport report, List<CellOverride> overrides) {
    if (overrides.isEmpty()) {
      return report;
    }
    ObjectNode tree = ReportJson.toTree(report);
    for (CellOverride o : overrides) {
      set(tree, o.path(), o.value());
    }
    return ReportJson.fromTree(tree);
  }

  /** Checks that path names a cell of this report and value fits it; the message says what is wrong. */
  static void validate(AnnualReport report, String path, String value) {
    set(ReportJson.toTree(report), path, value);
  }

  private static void set(ObjectNode tree, String path, String value) {
    String[] parts = path == null ? new String[0] : path.split("\\.");
    if (parts.length < 2) {
      throw new InvalidOverride("单元格位置不正确：" + path);
    }
    JsonNode node = tree.get(parts[0]);
    String middle = String.join(".", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1));
    if (node != null && !middle.isEmpty()) {
      node = node.get(middle);
    }
    String key = parts[parts.length - 1];
    if (!(node instanceof ObjectNode obj) || !obj.has(key) || obj.get(key).isObject()) {
      throw new InvalidOverride("单元格位置不正确：" + path);
    }
    String v = value == null ? "" : value.strip();
    if (key.equals("feesWanYuan")) {
      if (!v.matches("\\d+(\\.\\d+)?")) {
        throw new InvalidOverride("金额须为非负数（单位：万元），如 0 或 1.25");
      }
      obj.put(key, new BigDecimal(v).toPlainString());
    } else {
      if (!v.matches("\\d{1,9}")) {
        throw new InvalidOverride("数量须为非负整数");
      }
      obj.put(key, Integer.parseInt(v));
    }
  }
}
