package org.gongkai.core.check;

import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;

/** REQ_ROW_SUM, REQ_RESULT_SUM, REQ_BALANCE and APPEAL_SUM; a sum with a blank or negative cell is never evaluated. */
final class SumChecks {
  private SumChecks() {}

  static void run(AnnualReport r, Sink sink) {
    RequestTable t = r.requests();
    if (t != null) {
      List<RequestRow> rows = RequestRow.rowsOf(r.format());
      for (RequestRow row : rows) {
        rowSum(t, row, sink);
      }
      List<RequestRow> results = RequestRow.resultRowsOf(r.format());
      for (Applicant a : Applicant.values()) {
        resultSum(t, results, a, sink);
        balance(t, a, sink);
      }
    }
    Appeals appeals = r.appeals();
    if (appeals != null) {
      for (int g = 0; g < 3; g++) {
        appealSum(Appeals.KEYS.get(g), Appeals.LABELS.get(g), appeals.groups().get(g), sink);
      }
    }
  }

  /** The value if it can take part in a sum, else {@code null}. */
  static Integer usable(Integer v) {
    return v == null || v < 0 ? null : v;
  }

  private static void rowSum(RequestTable t, RequestRow row, Sink sink) {
    Integer total = usable(t.cell(row, Applicant.TOTAL));
    if (total == null) {
      return;
    }
    long sum = 0;
    StringBuilder terms = new StringBuilder();
    for (Applicant a : Applicant.KINDS) {
      Integer v = usable(t.cell(row, a));
      if (v == null) {
        return;
      }
      sum += v;
      terms.append(terms.length() == 0 ? "" : "+").append(v);
    }
    if (sum != total) {
      sink.add(FindingCode.REQ_ROW_SUM, "requests." + row.code(), Where.REQUESTS_TABLE + Where.row(row.code())
          + "：“总计”列为" + total + "，但六类申请人之和为" + terms + "=" + sum);
    }
  }

  private static void resultSum(RequestTable t, List<RequestRow> results, Applicant a, Sink sink) {
    Integer total = usable(t.cell(RequestRow.R3_7, a));
    if (total == null) {
      return;
    }
    long sum = 0;
    for (RequestRow row : results) {
      Integer v = usable(t.cell(row, a));
      if (v == null) {
        return;
      }
      sum += v;
    }
    if (sum != total) {
      String last = results.get(results.size() - 1).code();
      sink.add(FindingCode.REQ_RESULT_SUM, "requests." + a.key(), Where.REQUESTS_TABLE + Where.column(a)
          + "列：“（七）总计”为" + total + "，但第3.1至" + last + "各行（（一）至（六））之和为" + sum);
    }
  }

  private static void balance(RequestTable t, Applicant a, Sink sink) {
    Integer received = usable(t.cell(RequestRow.R1, a));
    Integer carried = usable(t.cell(RequestRow.R2, a));
    Integer handled = usable(t.cell(RequestRow.R3_7, a));
    Integer forward = usable(t.cell(RequestRow.R4, a));
    if (received == null || carried == null || handled == null || forward == null) {
      return;
    }
    long in = (long) received + carried;
    long out = (long) handled + forward;
    if (in != out) {
      sink.add(FindingCode.REQ_BALANCE, "requests." + a.key(), Where.REQUESTS_TABLE + Where.column(a)
          + "列：第一项加第二项之和（" + received + "+" + carried + "=" + in + "）不等于第三项加第四项之和（"
          + handled + "+" + forward + "=" + out + "）");
    }
  }

  private static void appealSum(String key, String label, AppealCounts g, Sink sink) {
    Integer total = usable(g.total());
    Integer upheld = usable(g.upheld());
    Integer corrected = usable(g.corrected());
    Integer other = usable(g.other());
    Integer pending = usable(g.pending());
    if (total == null || upheld == null || corrected == null || other == null || pending == null) {
      return;
    }
    long sum = (long) upheld + corrected + other + pending;
    if (sum != total) {
      sink.add(FindingCode.APPEAL_SUM, "appeals." + key, label + "：“总计”为" + total + "，但结果维持、结果纠正、其他结果、尚未审结之和为"
          + upheld + "+" + corrected + "+" + other + "+" + pending + "=" + sum);
    }
  }
}
