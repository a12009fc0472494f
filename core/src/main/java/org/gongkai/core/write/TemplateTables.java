package org.gongkai.core.write;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.DocumentCounts;
import org.gongkai.core.report.Proactive;
import org.gongkai.core.report.Proactive2019;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.RequestTable;

/** The three tables of the national templates (2021 and 2019) as drawn grids, with the template's own wording. */
final class TemplateTables {
  static final String ITEM_1 = "第二十条第（一）项";
  static final String ITEM_5 = "第二十条第（五）项";
  static final String ITEM_6 = "第二十条第（六）项";
  static final String ITEM_8 = "第二十条第（八）项";
  static final String ITEM_9 = "第二十条第（九）项";
  static final String CONTENT = "信息内容";
  static final List<String> DOC_COLUMNS = List.of("本年制发件数", "本年废止件数", "现行有效件数");
  static final String DECISIONS = "本年处理决定数量";
  static final String FEES = "本年收费金额（单位：万元）";
  static final String REGULATIONS = "规章";
  static final String NORMATIVE = "行政规范性文件";
  static final String LICENSING = "行政许可";
  static final String PENALTY = "行政处罚";
  static final String COERCION = "行政强制";
  static final String ADMIN_FEES = "行政事业性收费";

  static final List<String> PUBLISHED_COLUMNS = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量");
  static final List<String> ITEM_COLUMNS = List.of("上一年项目数量", "本年增/减", "处理决定数量");
  static final String NORMATIVE_2019 = "规范性文件";
  static final String OTHER_SERVICES = "其他对外管理服务事项";
  static final String PROCUREMENT = "政府集中采购";
  static final String PROCUREMENT_ITEMS = "采购项目数量";
  static final String PROCUREMENT_AMOUNT = "采购总金额";

  static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  static final String APPLICANTS = "申请人情况";
  static final String ORGANISATIONS = "法人或其他组织";
  static final String RESULTS = "三、本年度办理结果";

  static final String RECONSIDERATION = "行政复议";
  static final String LITIGATION = "行政诉讼";
  static final String DIRECT = "未经复议直接起诉";
  static final String AFTER = "复议后起诉";

  private TemplateTables() {}

  /** The header of 采购总金额, naming the unit the report prints the amount in. */
  static String procurementAmountHeader(Proactive2019.Procurement p) {
    return p == null || p.amountUnit() == null || p.amountUnit().isBlank()
        ? PROCUREMENT_AMOUNT : PROCUREMENT_AMOUNT + "（单位：" + p.amountUnit() + "）";
  }

  /** Table 1 of format 2021: four columns, one item heading per article item. */
  static Grid proactive(Proactive p) {
    List<List<GridCell>> rows = new ArrayList<>();
    rows.add(List.of(GridCell.header(ITEM_1, 1, 4)));
    rows.add(List.of(GridCell.header(CONTENT), GridCell.header(DOC_COLUMNS.get(0)),
        GridCell.header(DOC_COLUMNS.get(1)), GridCell.header(DOC_COLUMNS.get(2))));
    rows.add(docRow(REGULATIONS, p.regulations()));
    rows.add(docRow(NORMATIVE, p.normativeDocuments()));
    rows.add(List.of(GridCell.header(ITEM_5, 1, 4)));
    rows.add(List.of(GridCell.header(CONTENT), GridCell.header(DECISIONS, 1, 3)));
    rows.add(List.of(GridCell.label(LICENSING), GridCell.number(p.licensing(), 3)));
    rows.add(List.of(GridCell.header(ITEM_6, 1, 4)));
    rows.add(List.of(GridCell.header(CONTENT), GridCell.header(DECISIONS, 1, 3)));
    rows.add(List.of(GridCell.label(PENALTY), GridCell.number(p.penalty(), 3)));
    rows.add(List.of(GridCell.label(COERCION), GridCell.number(p.coercion(), 3)));
    rows.add(List.of(GridCell.header(ITEM_8, 1, 4)));
    rows.add(List.of(GridCell.header(CONTENT), GridCell.header(FEES, 1, 3)));
    rows.add(List.of(GridCell.label(ADMIN_FEES), GridCell.decimal(p.feesWanYuan(), 3)));
    return new Grid(4, 0, List.of(26, 18, 18, 18), rows);
  }

  private static List<GridCell> docRow(String label, DocumentCounts d) {
    return List.of(GridCell.label(label), GridCell.number(d.issued()), GridCell.number(d.repealed()),
        GridCell.number(d.inForce()));
  }

  /** Table 1 of format 2019 (国办公开办函〔2019〕60号). */
  static Grid proactive2019(Proactive2019 p) {
    List<List<GridCell>> rows = new ArrayList<>();
    rows.add(List.of(GridCell.header(ITEM_1, 1, 4)));
    rows.add(headerRow(PUBLISHED_COLUMNS));
    rows.add(publishedRow(REGULATIONS, p.regulations()));
    rows.add(publishedRow(NORMATIVE_2019, p.normativeDocuments()));
    rows.add(List.of(GridCell.header(ITEM_5, 1, 4)));
    rows.add(headerRow(ITEM_COLUMNS));
    rows.add(itemsRow(LICENSING, p.licensing()));
    rows.add(itemsRow(OTHER_SERVICES, p.otherServices()));
    rows.add(List.of(GridCell.header(ITEM_6, 1, 4)));
    rows.add(headerRow(ITEM_COLUMNS));
    rows.add(itemsRow(PENALTY, p.penalty()));
    rows.add(itemsRow(COERCION, p.coercion()));
    rows.add(List.of(GridCell.header(ITEM_8, 1, 4)));
    rows.add(List.of(GridCell.header(CONTENT), GridCell.header(ITEM_COLUMNS.get(0)),
        GridCell.header(ITEM_COLUMNS.get(1), 1, 2)));
    Proactive2019.Fees f = p.fees();
    rows.add(List.of(GridCell.label(ADMIN_FEES), GridCell.number(f == null ? null : f.previousYearItems()),
        GridCell.number(f == null ? null : f.change(), 2)));
    rows.add(List.of(GridCell.header(ITEM_9, 1, 4)));
    Proactive2019.Procurement pr = p.procurement();
    rows.add(List.of(GridCell.header(CONTENT), GridCell.header(PROCUREMENT_ITEMS),
        GridCell.header(procurementAmountHeader(pr), 1, 2)));
    rows.add(List.of(GridCell.label(PROCUREMENT), GridCell.number(pr == null ? null : pr.items()),
        GridCell.decimal(pr == null ? null : pr.amount(), 2)));
    return new Grid(4, 0, List.of(26, 18, 18, 18), rows);
  }

  private static List<GridCell> headerRow(List<String> columns) {
    List<GridCell> row = new ArrayList<>();
    row.add(GridCell.header(CONTENT));
    columns.forEach(c -> row.add(GridCell.header(c)));
    return row;
  }

  private static List<GridCell> publishedRow(String label, Proactive2019.Published p) {
    return List.of(GridCell.label(label), GridCell.number(p == null ? null : p.newlyMade()),
        GridCell.number(p == null ? null : p.newlyPublished()), GridCell.number(p == null ? null : p.totalPublished()));
  }

  private static List<GridCell> itemsRow(String label, Proactive2019.Items p) {
    return List.of(GridCell.label(label), GridCell.number(p == null ? null : p.previousYearItems()),
        GridCell.number(p == null ? null : p.change()), GridCell.number(p == null ? null : p.decisions()));
  }

  /**
   * Table 2: three label columns under the balance note, then 自然人, the five kinds of 法人或其他组织 and 总计.
   * 三、本年度办理结果 spans every result row; each group heading spans its numbered rows.
   */
  static Grid requests(RequestTable t, ReportFormat format) {
    List<RequestRow> order = RequestRow.rowsOf(format == null ? ReportFormat.F2021 : format);
    List<List<GridCell>> rows = new ArrayList<>();
    rows.add(List.of(GridCell.header(BALANCE_NOTE, 3, 3), GridCell.header(APPLICANTS, 1, 7)));
    rows.add(List.of(GridCell.header(Applicant.NATURAL.label(), 2, 1), GridCell.header(ORGANISATIONS, 1, 5),
        GridCell.header(Applicant.TOTAL.label(), 2, 1)));
    List<GridCell> kinds = new ArrayList<>();
    Applicant.KINDS.subList(1, 6).forEach(a -> kinds.add(GridCell.header(a.label())));
    rows.add(kinds);
    int resultRows = (int) order.stream().filter(r -> r.code().startsWith("3")).count();
    for (RequestRow row : order) {
      List<GridCell> cells = new ArrayList<>();
      if (!row.code().startsWith("3")) {
        cells.add(GridCell.label(row.label(), 1, 3));
      } else {
        if (row == RequestRow.R3_1) {
          cells.add(GridCell.label(RESULTS, resultRows, 1));
        }
        String group = row.group();
        if (group == null) {
          cells.add(GridCell.label(row.label(), 1, 2));
        } else {
          if (firstOfGroup(row, order)) {
            cells.add(GridCell.label(group, (int) order.stream().filter(r -> group.equals(r.group())).count(), 1));
          }
          cells.add(GridCell.label(row.label()));
        }
      }
      for (Applicant a : Applicant.values()) {
        cells.add(GridCell.number(t.cell(row, a)));
      }
      rows.add(cells);
    }
    List<Integer> weights = List.of(8, 9, 25, 8, 8, 8, 8, 8, 8, 8);
    return new Grid(10, 3, weights, rows);
  }

  /** True for the first row of a group heading such as （三）不予公开 in a format's row order. */
  static boolean firstOfGroup(RequestRow row, List<RequestRow> order) {
    String group = row.group();
    if (group == null) {
      return false;
    }
    return order.stream().filter(r -> group.equals(r.group())).findFirst().orElseThrow() == row;
  }

  /** Table 3: one header block and one row of fifteen numbers. */
  static Grid appeals(Appeals a) {
    List<List<GridCell>> rows = new ArrayList<>();
    rows.add(List.of(GridCell.header(RECONSIDERATION, 1, 5), GridCell.header(LITIGATION, 1, 10)));
    List<GridCell> second = new ArrayList<>();
    AppealCounts.LABELS.forEach(l -> second.add(GridCell.header(l, 2, 1)));
    second.add(GridCell.header(DIRECT, 1, 5));
    second.add(GridCell.header(AFTER, 1, 5));
    rows.add(second);
    List<GridCell> third = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      AppealCounts.LABELS.forEach(l -> third.add(GridCell.header(l)));
    }
    rows.add(third);
    List<GridCell> values = new ArrayList<>();
    a.row().forEach(v -> values.add(GridCell.number(v)));
    rows.add(values);
    return new Grid(15, 3, java.util.Collections.nCopies(15, 6), rows);
  }
}
