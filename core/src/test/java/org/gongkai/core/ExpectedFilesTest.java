package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.FindingCode;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.ReportJson;
import org.gongkai.core.report.RequestRow;
import org.gongkai.core.report.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hand-written expectation files (seeds and own fixtures) are canonical JSON the model reads back unchanged,
 * complete for their format, and declare only spec finding codes with the spec's severities at real paths.
 */
class ExpectedFilesTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final Set<String> APPLICANT_KEYS =
      Stream.of(Applicant.values()).map(Applicant::key).collect(Collectors.toSet());

  static List<Path> expectedFiles() throws IOException {
    return listFiles(".expected.json");
  }

  static List<Path> crossYearFiles() throws IOException {
    return listFiles(".crossyear.json");
  }

  @Test
  void everySeedAndFixtureHasItsExpectation() throws IOException {
    List<String> names = expectedFiles().stream().map(p -> root().relativize(p).toString()).toList();
    assertThat(names.stream().filter(n -> n.startsWith("seeds/"))).hasSize(5);
    assertThat(names.stream().filter(n -> n.startsWith("fixtures/text/"))).hasSizeGreaterThanOrEqualTo(14);
    assertThat(crossYearFiles()).hasSizeGreaterThanOrEqualTo(2);
    for (Path p : expectedFiles()) {
      if (!root().relativize(p).startsWith("seeds")) {
        assertThat(sibling(p, ".expected.json", ".txt")).as("document for %s", p).exists();
      }
    }
    for (Path txt : listFiles(".txt")) {
      assertThat(sibling(txt, ".txt", ".expected.json")).as("expectation for %s", txt).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedFiles")
  void readsBackUnchangedOnceMessagesAreAdded(Path file) throws IOException {
    ObjectNode tree = withEmptyMessages(read(file));
    assertThat(ReportJson.toTree(ReportJson.fromTree(tree))).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedFiles")
  void givesEveryRowAndColumnOfItsFormat(Path file) throws IOException {
    JsonNode tree = read(file);
    ReportFormat format = ReportFormat.ofCode(tree.get("format").isNull() ? null : tree.get("format").asString());
    JsonNode requests = tree.get("requests");
    if (format == null) {
      assertThat(requests.isNull()).as("a document in neither template has no table 2").isTrue();
      return;
    }
    if (!requests.isNull()) {
      Set<String> codes = RequestRow.rowsOf(format).stream().map(RequestRow::code).collect(Collectors.toSet());
      assertThat(requests.propertyNames()).containsExactlyInAnyOrderElementsOf(codes);
      for (String code : codes) {
        assertThat(requests.get(code).propertyNames()).as("row %s", code).containsExactlyInAnyOrderElementsOf(APPLICANT_KEYS);
      }
    }
    JsonNode appeals = tree.get("appeals");
    if (!appeals.isNull()) {
      assertThat(appeals.propertyNames()).containsExactlyInAnyOrderElementsOf(Appeals.KEYS);
      for (String group : Appeals.KEYS) {
        assertThat(appeals.get(group).propertyNames()).containsExactlyInAnyOrderElementsOf(AppealCounts.KEYS);
      }
    }
    assertThat(tree.has(format == ReportFormat.F2019 ? "proactive2019" : "proactive")).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedFiles")
  void declaresSpecFindingsAtRealPaths(Path file) throws IOException {
    JsonNode tree = read(file);
    assertFindings(tree.get("findings"), tree);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("crossYearFiles")
  void crossYearExpectationsNameBothYearsAndSpecFindings(Path file) throws IOException {
    JsonNode pair = read(file);
    assertThat(pair.propertyNames()).containsExactlyInAnyOrder("earlier", "later", "findings");
    Path earlier = file.resolveSibling(pair.get("earlier").asString());
    Path later = file.resolveSibling(pair.get("later").asString());
    assertThat(earlier).exists();
    assertThat(later).exists();
    JsonNode laterTree = read(sibling(later, ".txt", ".expected.json"));
    JsonNode earlierTree = read(sibling(earlier, ".txt", ".expected.json"));
    assertThat(laterTree.get("agency")).isEqualTo(earlierTree.get("agency"));
    assertThat(laterTree.get("year").asInt()).isEqualTo(earlierTree.get("year").asInt() + 1);
    assertFindings(pair.get("findings"), laterTree);
  }

  private static void assertFindings(JsonNode findings, JsonNode report) {
    assertThat(findings.isArray()).isTrue();
    for (JsonNode f : findings) {
      assertThat(f.propertyNames()).as("a hand-written finding has no message").containsExactlyInAnyOrder("code", "severity", "where");
      FindingCode code = FindingCode.valueOf(f.get("code").asString());
      assertThat(f.get("severity").asString()).as("severity of %s", code).isEqualTo(code.severity().code());
      String where = f.get("where").asString();
      assertThat(resolves(report, where)).as("%s at %s names a path of the report", code, where).isTrue();
    }
  }

  /** Whether a finding's path names the document, a section numeral, or a table, row, column, group or cell. */
  private static boolean resolves(JsonNode report, String where) {
    if (where.equals("document")) {
      return true;
    }
    if (where.startsWith("sections.")) {
      return Section.NUMBERS.contains(where.substring("sections.".length()));
    }
    String table = where.contains(".") ? where.substring(0, where.indexOf('.')) : where;
    if (!report.has(table)) {
      return false;
    }
    if (table.equals(where)) {
      return true;
    }
    JsonNode node = report.get(table);
    String rest = where.substring(table.length() + 1);
    if (table.equals("requests")) {
      if (APPLICANT_KEYS.contains(rest) || node.has(rest)) {
        return true;
      }
      int dot = rest.lastIndexOf('.');
      return dot > 0 && node.has(rest.substring(0, dot)) && node.get(rest.substring(0, dot)).has(rest.substring(dot + 1));
    }
    for (String key : rest.split("\\.")) {
      if (node == null || !node.isObject() || !node.has(key)) {
        return false;
      }
      node = node.get(key);
    }
    return true;
  }

  private static ObjectNode withEmptyMessages(JsonNode tree) {
    ObjectNode copy = (ObjectNode) tree.deepCopy();
    for (JsonNode f : copy.get("findings")) {
      ((ObjectNode) f).put("message", "");
    }
    return copy;
  }

  private static JsonNode read(Path file) throws IOException {
    return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Path sibling(Path file, String suffix, String otherSuffix) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + otherSuffix);
  }

  private static List<Path> listFiles(String suffix) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("seeds", "fixtures")) {
      try (Stream<Path> s = Files.walk(root().resolve(dir))) {
        s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static Path root() {
    try {
      return Path.of(ExpectedFilesTest.class.getResource("/seeds").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
