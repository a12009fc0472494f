package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.core.check.ReportChecks;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.ReportJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares what the readers and checks make of a document with an expectation written by hand: every value of
 * the canonical JSON exactly, and the findings as the set of (code, where) pairs.
 */
final class Expectations {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Expectations() {}

  /** The directory {@code shared/} beside the checkout, found by walking up from the working directory, or null. */
  static Path shared() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      Path candidate = p.resolve("shared");
      if (Files.isDirectory(candidate.resolve("seeds"))) {
        return candidate;
      }
      p = p.getParent();
    }
    return null;
  }

  static String resource(String name) {
    try (InputStream in = Expectations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static AnnualReport readAndCheck(String name, byte[] content) throws UnreadableDocumentException {
    return ReportChecks.checked(ReportReader.read(name, content), null);
  }

  static void assertMatches(AnnualReport actual, String expectedJson) {
    ObjectNode expected = (ObjectNode) MAPPER.readTree(expectedJson);
    ObjectNode got = ReportJson.toTree(actual);
    Set<String> expectedFindings = pairs(expected.get("findings"));
    Set<String> gotFindings = new TreeSet<>();
    for (Finding f : actual.findings()) {
      gotFindings.add(f.code() + " @ " + f.where());
    }
    expected.remove("findings");
    got.remove("findings");
    assertThat(ReportJson.pretty(got)).isEqualTo(ReportJson.pretty(expected));
    assertThat(gotFindings).as("findings (code @ where)").isEqualTo(expectedFindings);
  }

  static Set<String> pairs(JsonNode findings) {
    Set<String> out = new TreeSet<>();
    if (findings != null) {
      for (JsonNode f : findings) {
        out.add(f.get("code").asString() + " @ " + f.get("where").asString());
      }
    }
    return out;
  }
}
