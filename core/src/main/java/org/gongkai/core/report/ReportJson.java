package org.gongkai.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Canonical JSON in and out (spec section 5). Written by hand over the tree model so that the keys, their
 * order and the {@code null}s are exactly the contract, whatever the records look like.
 */
public final class ReportJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final ObjectMapper COMPACT = JsonMapper.builder().build();

  private ReportJson() {}

  /** The report as indented canonical JSON. */
  public static String write(AnnualReport report) {
    return PRETTY.writeValueAsString(toTree(report));
  }

  /** The report as canonical JSON on one line (for one object per line output). */
  public static String writeLine(AnnualReport report) {
    return COMPACT.writeValueAsString(toTree(report));
  }

  /** Indented JSON of any tree. */
  public static String pretty(JsonNode node) {
    return PRETTY.writeValueAsString(node);
  }

  /** One-line JSON of any tree. */
  public static String compact(JsonNode node) {
    return COMPACT.writeValueAsString(node);
  }

  /** The canonical JSON tree of a report. */
  public static ObjectNode toTree(AnnualReport r) {
    ObjectNode o = NODES.objectNode();
    o.put("schema", AnnualReport.SCHEMA);
    o.put("title", r.title());
    o.put("agency", r.agency());
    putInt(o, "year", r.year());
    o.put("format", r.format() == null ? null : r.format().code());
    o.put("publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString());
    o.put("preamble", r.preamble());
    ArrayNode sections = o.putArray("sections");
    for (Section s : r.sections()) {
      ObjectNode so = sections.addObject();
      so.put("number", s.number());
      so.put("title", s.title());
      so.put("text", s.text());
    }
    o.put("signature", r.signature());
    if (r.format() == ReportFormat.F2019) {
      o.set("proactive2019", r.proactive2019() == null ? o.nullNode() : proactive2019(r.proactive2019()));
    } else {
      o.set("proactive", r.proactive() == null ? o.nullNode() : proactive(r.proactive()));
    }
    o.set("requests", r.requests() == null ? o.nullNode() : requests(r.requests(), r.format()));
    o.set("appeals", r.appeals() == null ? o.nullNode() : appeals(r.appeals()));
    ArrayNode findings = o.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode fo = findings.addObject();
      fo.put("code", f.code());
      fo.put("severity", f.severity().code());
      fo.put("where", f.where());
      fo.put("message", f.message());
    }
    return o;
  }

  private static ObjectNode proactive(Proactive p) {
    ObjectNode o = NODES.objectNode();
    o.set("regulations", docs(p.regulations()));
    o.set("normativeDocuments", docs(p.normativeDocuments()));
    putInt(o, "licensing", p.licensing());
    putInt(o, "penalty", p.penalty());
    putInt(o, "coercion", p.coercion());
    o.put("feesWanYuan", p.feesWanYuan());
    return o;
  }

  private static ObjectNode docs(DocumentCounts d) {
    ObjectNode o = NODES.objectNode();
    putInt(o, "issued", d.issued());
    putInt(o, "repealed", d.repealed());
    putInt(o, "inForce", d.inForce());
    return o;
  }

  private static ObjectNode proactive2019(Proactive2019 p) {
    ObjectNode o = NODES.objectNode();
    o.set("regulations", published(p.regulations()));
    o.set("normativeDocuments", published(p.normativeDocuments()));
    o.set("licensing", items(p.licensing()));
    o.set("otherServices", items(p.otherServices()));
    o.set("penalty", items(p.penalty()));
    o.set("coercion", items(p.coercion()));
    ObjectNode fees = NODES.objectNode();
    if (p.fees() != null) {
      putInt(fees, "previousYearItems", p.fees().previousYearItems());
      putInt(fees, "change", p.fees().change());
    } else {
      fees.putNull("previousYearItems");
      fees.putNull("change");
    }
    o.set("fees", fees);
    ObjectNode proc = NODES.objectNode();
    Proactive2019.Procurement pr = p.procurement();
    putInt(proc, "items", pr == null ? null : pr.items());
    proc.put("amount", pr == null ? null : pr.amount());
    proc.put("amountUnit", pr == null ? null : pr.amountUnit());
    o.set("procurement", proc);
    return o;
  }

  private static ObjectNode published(Proactive2019.Published p) {
    ObjectNode o = NODES.objectNode();
    putInt(o, "newlyMade", p == null ? null : p.newlyMade());
    putInt(o, "newlyPublished", p == null ? null : p.newlyPublished());
    putInt(o, "totalPublished", p == null ? null : p.totalPublished());
    return o;
  }

  private static ObjectNode items(Proactive2019.Items p) {
    ObjectNode o = NODES.objectNode();
    putInt(o, "previousYearItems", p == null ? null : p.previousYearItems());
    putInt(o, "change", p == null ? null : p.change());
    putInt(o, "decisions", p == null ? null : p.decisions());
    return o;
  }

  private static ObjectNode requests(RequestTable t, ReportFormat format) {
    ObjectNode o = NODES.objectNode();
    List<RequestRow> rows = RequestRow.rowsOf(format == null ? ReportFormat.F2021 : format);
    for (RequestRow row : rows) {
      ObjectNode ro = o.putObject(row.code());
      RequestCounts c = t.row(row);
      for (Applicant a : Applicant.values()) {
        putInt(ro, a.key(), c.get(a));
      }
    }
    return o;
  }

  private static ObjectNode appeals(Appeals a) {
    ObjectNode o = NODES.objectNode();
    List<AppealCounts> groups = a.groups();
    for (int i = 0; i < 3; i++) {
      ObjectNode g = o.putObject(Appeals.KEYS.get(i));
      List<Integer> cells = groups.get(i).cells();
      for (int k = 0; k < 5; k++) {
        putInt(g, AppealCounts.KEYS.get(k), cells.get(k));
      }
    }
    return o;
  }

  private static void putInt(ObjectNode o, String key, Integer value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value.intValue());
    }
  }

  /** Reads one canonical JSON object; throws {@link InvalidReportJson} with a Chinese reason when it is not one. */
  public static AnnualReport read(String json) {
    JsonNode root;
    try {
      root = COMPACT.readTree(json);
    } catch (JacksonException e) {
      throw new InvalidReportJson("不是有效的 JSON：" + e.getOriginalMessage());
    }
    return fromTree(root);
  }

  /** Reads a canonical JSON tree. */
  public static AnnualReport fromTree(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidReportJson("JSON 顶层不是对象");
    }
    if (!AnnualReport.SCHEMA.equals(text(root, "schema"))) {
      throw new InvalidReportJson("schema 不是 " + AnnualReport.SCHEMA);
    }
    ReportFormat format = ReportFormat.ofCode(text(root, "format"));
    List<Section> sections = new ArrayList<>();
    JsonNode sn = root.get("sections");
    if (sn != null && sn.isArray()) {
      for (JsonNode s : sn) {
        sections.add(new Section(text(s, "number"), text(s, "title"), text(s, "text")));
      }
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode fn = root.get("findings");
    if (fn != null && fn.isArray()) {
      for (JsonNode f : fn) {
        try {
          findings.add(new Finding(text(f, "code"), Severity.ofCode(text(f, "severity")), text(f, "where"),
              text(f, "message")));
        } catch (RuntimeException e) {
          throw new InvalidReportJson("findings 中有无效的条目");
        }
      }
    }
    LocalDate published = null;
    String p = text(root, "publishedOn");
    if (p != null) {
      try {
        published = LocalDate.parse(p);
      } catch (DateTimeParseException e) {
        throw new InvalidReportJson("publishedOn 不是 YYYY-MM-DD 日期：" + p);
      }
    }
    return new AnnualReport(text(root, "title"), text(root, "agency"), integer(root, "year"), format, published,
        text(root, "preamble"), sections, text(root, "signature"), readProactive(root.get("proactive")),
        readProactive2019(root.get("proactive2019")), readRequests(root.get("requests")),
        readAppeals(root.get("appeals")), findings);
  }

  private static Proactive readProactive(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    String fees = null;
    JsonNode f = n.get("feesWanYuan");
    if (f != null && !f.isNull()) {
      fees = f.isNumber() ? new BigDecimal(f.asString()).toPlainString() : f.asString();
    }
    return new Proactive(readDocs(n.get("regulations")), readDocs(n.get("normativeDocuments")),
        integer(n, "licensing"), integer(n, "penalty"), integer(n, "coercion"), fees);
  }

  private static DocumentCounts readDocs(JsonNode n) {
    if (n == null || !n.isObject()) {
      return DocumentCounts.EMPTY;
    }
    return new DocumentCounts(integer(n, "issued"), integer(n, "repealed"), integer(n, "inForce"));
  }

  private static Proactive2019 readProactive2019(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    JsonNode fees = n.get("fees");
    JsonNode proc = n.get("procurement");
    return new Proactive2019(readPublished(n.get("regulations")), readPublished(n.get("normativeDocuments")),
        readItems(n.get("licensing")), readItems(n.get("otherServices")), readItems(n.get("penalty")),
        readItems(n.get("coercion")),
        fees == null || !fees.isObject() ? null
            : new Proactive2019.Fees(integer(fees, "previousYearItems"), integer(fees, "change")),
        proc == null || !proc.isObject() ? null
            : new Proactive2019.Procurement(integer(proc, "items"), text(proc, "amount"), text(proc, "amountUnit")));
  }

  private static Proactive2019.Published readPublished(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    return new Proactive2019.Published(integer(n, "newlyMade"), integer(n, "newlyPublished"),
        integer(n, "totalPublished"));
  }

  private static Proactive2019.Items readItems(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    return new Proactive2019.Items(integer(n, "previousYearItems"), integer(n, "change"), integer(n, "decisions"));
  }

  private static RequestTable readRequests(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    Map<RequestRow, RequestCounts> rows = new EnumMap<>(RequestRow.class);
    for (RequestRow row : RequestRow.values()) {
      JsonNode r = n.get(row.code());
      if (r != null && r.isObject()) {
        Integer[] c = new Integer[7];
        for (Applicant a : Applicant.values()) {
          c[a.ordinal()] = integer(r, a.key());
        }
        rows.put(row, RequestCounts.of(java.util.Arrays.asList(c)));
      }
    }
    return new RequestTable(rows);
  }

  private static Appeals readAppeals(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    AppealCounts[] g = new AppealCounts[3];
    for (int i = 0; i < 3; i++) {
      JsonNode gn = n.get(Appeals.KEYS.get(i));
      if (gn == null || !gn.isObject()) {
        g[i] = AppealCounts.EMPTY;
      } else {
        List<Integer> cells = new ArrayList<>();
        for (String k : AppealCounts.KEYS) {
          cells.add(integer(gn, k));
        }
        g[i] = AppealCounts.of(cells);
      }
    }
    return new Appeals(g[0], g[1], g[2]);
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static Integer integer(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    throw new InvalidReportJson("“" + key + "”不是整数：" + v);
  }

  /** Raised when input claimed to be canonical JSON is not; the message is Chinese and fit for users. */
  public static final class InvalidReportJson extends RuntimeException {
    public InvalidReportJson(String message) {
      super(message);
    }
  }
}
