package org.gongkai.server.request;

import java.util.List;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;

/** The outcomes a request can end with (the result rows of table 2) and the law each one usually rests on. */
final class Outcomes {
  private Outcomes() {}

  private static final String REG = "《中华人民共和国政府信息公开条例》";

  /** Every result row of the 2021 format, 3.1 … 3.6.3. */
  static List<RequestRow> all() {
    return RequestRow.resultRowsOf(ReportFormat.F2021);
  }

  /** The outcomes an officer may give in a reply; 3.6.x come from lapses and other closings. */
  static List<RequestRow> forReply() {
    return all().stream().filter(r -> !r.code().startsWith("3.6.")).toList();
  }

  /** The articles usually relied on for the outcome; the officer may adapt them. */
  static String defaultBasis(RequestRow row) {
    return REG + switch (row) {
      case R3_1 -> "第三十六条第（一）项、第（二）项";
      case R3_2 -> "第三十六条第（二）项、第三十七条";
      case R3_3_1 -> "第十四条、第三十六条第（三）项";
      case R3_3_2 -> "第十四条、第三十六条第（三）项";
      case R3_3_3 -> "第十四条、第三十六条第（三）项";
      case R3_3_4 -> "第十五条、第三十二条、第三十六条第（三）项";
      case R3_3_5 -> "第十六条第一款、第三十六条第（三）项";
      case R3_3_6 -> "第十六条第二款、第三十六条第（三）项";
      case R3_3_7 -> "第十六条第二款、第三十六条第（三）项";
      case R3_3_8 -> "第三十六条第（七）项";
      case R3_4_1 -> "第三十六条第（四）项、第（五）项";
      case R3_4_2 -> "第三十八条";
      case R3_4_3 -> "第三十条";
      case R3_5_1 -> "第三十九条第一款";
      case R3_5_2 -> "第三十六条第（六）项";
      case R3_5_3 -> "第三十九条第二款";
      case R3_5_4 -> "第三十五条";
      case R3_5_5 -> "第三十九条第二款";
      case R3_6_1 -> "第三十条";
      case R3_6_2 -> "第四十二条及《政府信息公开信息处理费管理办法》";
      default -> "第三十六条";
    };
  }

  /** The reply letter that fits the outcome. */
  static LetterKind letter(RequestRow row) {
    String c = row.code();
    if (c.equals("3.1")) {
      return LetterKind.REPLY_GRANTED;
    } else if (c.equals("3.2")) {
      return LetterKind.REPLY_PARTLY;
    } else if (c.startsWith("3.3.")) {
      return LetterKind.REPLY_WITHHELD;
    } else if (c.startsWith("3.4.")) {
      return LetterKind.REPLY_UNABLE;
    } else if (c.startsWith("3.5.")) {
      return LetterKind.REPLY_NOT_PROCESSED;
    }
    return LetterKind.REPLY_OTHER;
  }
}
