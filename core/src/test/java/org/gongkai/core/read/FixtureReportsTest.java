package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.core.check.ReportChecks;
import org.gongkai.core.report.AnnualReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's own text fixtures (every layout the readers support, written in the shapes real reports come in)
 * read and check to exactly the JSON and findings written by hand for them; the cross-year pairs give exactly
 * their hand-written cross-year findings. These run in a fresh clone, where ../shared is absent.
 */
class FixtureReportsTest {
  private static Path dir(String name) {
    try {
      return Path.of(FixtureReportsTest.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> textFixturesReadAsWrittenByHand() {
    List<Path> texts = files(dir("text"), ".txt");
    assertThat(texts).hasSizeGreaterThanOrEqualTo(14);
    return texts.stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> {
      Path expected = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".expected.json"));
      Expectations.assertMatches(Expectations.readAndCheck(txt.getFileName().toString(), Files.readAllBytes(txt)),
          Files.readString(expected));
    }));
  }

  @TestFactory
  Stream<DynamicTest> crossYearPairsGiveTheirFindings() {
    JsonMapper mapper = JsonMapper.builder().build();
    return files(dir("crossyear"), ".crossyear.json").stream().map(pair -> DynamicTest.dynamicTest(
        pair.getFileName().toString(), () -> {
          JsonNode spec = mapper.readTree(Files.readString(pair));
          AnnualReport earlier = read(pair.resolveSibling(spec.get("earlier").asString()));
          AnnualReport later = read(pair.resolveSibling(spec.get("later").asString()));
          assertThat(Expectations.pairs(mapper.valueToTree(
              ReportChecks.crossYear(earlier, later).stream().map(f -> java.util.Map.of("code", f.code(),
                  "where", f.where())).toList())))
              .isEqualTo(Expectations.pairs(spec.get("findings")));
        }));
  }

  private static AnnualReport read(Path p) throws Exception {
    return ReportReader.read(p.getFileName().toString(), Files.readAllBytes(p));
  }
}
