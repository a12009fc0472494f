package org.gongkai.core.read;

import org.gongkai.core.report.ReportFormat;

/** The rows of table 1 in both formats, with their labels and the number of value cells each format gives them. */
enum TableOne {
  REGULATIONS("regulations", "规章", 3, 3),
  NORMATIVE("normativeDocuments", "行政规范性文件", 3, 3),
  LICENSING("licensing", "行政许可", 1, 3),
  OTHER_SERVICES("otherServices", "其他对外管理服务事项", 0, 3),
  PENALTY("penalty", "行政处罚", 1, 3),
  COERCION("coercion", "行政强制", 1, 3),
  FEES("fees", "行政事业性收费", 1, 2),
  PROCUREMENT("procurement", "政府集中采购", 0, 2);

  final String key;
  final String label;
  private final int cells2021;
  private final int cells2019;

  TableOne(String key, String label, int cells2021, int cells2019) {
    this.key = key;
    this.label = label;
    this.cells2021 = cells2021;
    this.cells2019 = cells2019;
  }

  int cells(ReportFormat format) {
    return format == ReportFormat.F2019 ? cells2019 : cells2021;
  }

  /** The template's wording of this row's label in a format. */
  String officialLabel(ReportFormat format) {
    return this == NORMATIVE && format == ReportFormat.F2019 ? "规范性文件" : label;
  }

  /** The JSON path of the row (format 2021 fees are {@code proactive.feesWanYuan}). */
  String path(ReportFormat format) {
    if (format == ReportFormat.F2019) {
      return "proactive2019." + key;
    }
    return this == FEES ? "proactive.feesWanYuan" : "proactive." + key;
  }

  static TableOne of(String label) {
    String c = Labels.core(label);
    return switch (c) {
      case "规章" -> REGULATIONS;
      case "行政规范性文件", "规范性文件", "其他规范性文件" -> NORMATIVE;
      case "行政许可" -> LICENSING;
      case "其他对外管理服务事项" -> OTHER_SERVICES;
      case "行政处罚" -> PENALTY;
      case "行政强制" -> COERCION;
      case "行政事业性收费" -> FEES;
      case "政府集中采购" -> PROCUREMENT;
      default -> null;
    };
  }
}
