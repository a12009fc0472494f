package org.gongkai.server.annualreport;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.RequestRow;

/** The three tables as rows of addressed cells, so the page can put each finding and override beside its cell. */
public record WorkspaceTables(List<String> head1, List<Row> table1, List<String> head2, List<Row> table2,
    List<String> head3, List<Row> table3) {

  /** A cell: its JSON path (as findings name it) and its value as printed ("" when missing). */
  public record Cell(String path, String value) {}

  public record Row(String label, String path, List<Cell> cells) {}

  static WorkspaceTables of(AnnualReport r) {
    List<Row> t1 = new ArrayList<>();
    Proactive p = r.proactive();
    if (p != null) {
      t1.add(docs("规章", "proactive.regulations", p.regulations()));
      t1.add(docs("行政规范性文件", "proactive.normativeDocuments", p.normativeDocuments()));
      t1.add(new Row("行政许可（本年处理决定数量）", "proactive.licensing",
          List.of(new Cell("proactive.licensing", str(p.licensing())))));
      t1.add(new Row("行政处罚（本年处理决定数量）", "proactive.penalty",
          List.of(new Cell("proactive.penalty", str(p.penalty())))));
      t1.add(new Row("行政强制（本年处理决定数量）", "proactive.coercion",
          List.of(new Cell("proactive.coercion", str(p.coercion())))));
      t1.add(new Row("行政事业性收费（本年收费金额，万元）", "proactive.feesWanYuan",
          List.of(new Cell("proactive.feesWanYuan", p.feesWanYuan() == null ? "" : p.feesWanYuan()))));
    }
    List<Row> t2 = new ArrayList<>();
    if (r.requests() != null) {
      for (RequestRow row : RequestRow.rowsOf(r.format())) {
        String path = "requests." + row.code();
        List<Cell> cells = new ArrayList<>();
        for (Applicant a : Applicant.values()) {
          cells.add(new Cell(path + "." + a.key(), str(r.requests().cell(row, a))));
        }
        t2.add(new Row(row.fullLabel(), path, cells));
      }
    }
    List<Row> t3 = new ArrayList<>();
    if (r.appeals() != null) {
      List<AppealCounts> groups = r.appeals().groups();
      for (int i = 0; i < groups.size(); i++) {
        String path = "appeals." + Appeals.KEYS.get(i);
        List<Cell> cells = new ArrayList<>();
        List<Integer> values = groups.get(i).cells();
        for (int k = 0; k < AppealCounts.KEYS.size(); k++) {
          cells.add(new Cell(path + "." + AppealCounts.KEYS.get(k), str(values.get(k))));
        }
        t3.add(new Row(Appeals.LABELS.get(i), path, cells));
      }
    }
    return new WorkspaceTables(List.of("本年制发件数", "本年废止件数", "现行有效件数"), t1,
        Applicant.values().length == 7 ? List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
            : List.of(), t2, AppealCounts.LABELS, t3);
  }

  private static Row docs(String label, String path, DocumentCounts d) {
    return new Row(label, path, List.of(new Cell(path + ".issued", str(d.issued())),
        new Cell(path + ".repealed", str(d.repealed())), new Cell(path + ".inForce", str(d.inForce()))));
  }

  private static String str(Integer v) {
    return v == null ? "" : v.toString();
  }
}
