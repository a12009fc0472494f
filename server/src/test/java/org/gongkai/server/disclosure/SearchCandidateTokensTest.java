package org.gongkai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCandidateTokensTest {

  @Test
  void longestTermFirstAndAtMostFourTokens() {
    // 公共卫生间 gives 公共, 共卫, 卫生, 生间; the four-token cap leaves 疫苗 to the LIKE confirmation.
    assertThat(PublicationQueries.candidateTokens(List.of("疫苗", "公共卫生间")))
        .containsExactly("公共", "共卫", "卫生", "生间");
  }

  @Test
  void sharedTokensCountOnce() {
    assertThat(PublicationQueries.candidateTokens(List.of("卫生", "卫生健康")))
        .containsExactly("卫生", "生健", "健康");
  }

  @Test
  void latinWordsAreOneToken() {
    assertThat(PublicationQueries.candidateTokens(List.of("COVID19", "疫苗")))
        .containsExactly("covid19", "疫苗");
  }
}
