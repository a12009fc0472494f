package org.gongkai.server.disclosure;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's CJK analysis (width folding, lower case, overlapping bigrams of Chinese characters, whole words of letters
 * and digits) with one change: where the text has a gap between two pieces (punctuation, a space), the position skips
 * one. Without it the bigrams on both sides of a comma stand next to each other, and a word could be "found" across
 * it (公共，共卫生 would contain 公共卫生); with it a word is found exactly where it is written.
 */
final class SearchAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new CJKWidthFilter(source);
    result = new LowerCaseFilter(result);
    result = new CJKBigramFilter(result);
    return new TokenStreamComponents(source, new GapFilter(result));
  }

  /** Adds a position where a token starts after the previous one ended (overlapping bigrams never do). */
  private static final class GapFilter extends TokenFilter {
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positions = addAttribute(PositionIncrementAttribute.class);
    private int lastEnd = -1;

    GapFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (lastEnd >= 0 && offsets.startOffset() > lastEnd) {
        positions.setPositionIncrement(positions.getPositionIncrement() + 1);
      }
      lastEnd = offsets.endOffset();
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      lastEnd = -1;
    }
  }
}
