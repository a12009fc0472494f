package org.gongkai.core.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One weight of the embedded Chinese font (Noto Serif SC, TrueType outlines), parsed once per process and shared
 * by every PDF: it measures text and cuts, per document, a subset holding only the characters that document uses.
 *
 * <p>The subset is cut here rather than by PDFBox because the font maps Kangxi radicals (U+2F00…) and unified
 * ideographs to the same glyphs; PDFBox's own subset writes the first code point it finds for a glyph, the radical,
 * into the ToUnicode map, so copied or extracted text would read ⼯ for 工. A subset whose cmap holds only the code
 * points the document actually prints has no such ambiguity.
 *
 * <p>Parsed TrueType fonts read their tables lazily and are not thread-safe; every use holds the instance's lock.
 */
final class CjkFont {
  static final String MISSING = "无法生成 PDF：本程序构建时未取得中文字体（思源宋体），请在可访问 npm 的环境中重新构建后再导出 PDF";
  private static final String DIR = "/org/gongkai/core/write/fonts/";
  private static final CjkFont REGULAR = new CjkFont("NotoSerifSC-Regular.ttf");
  private static final CjkFont BOLD = new CjkFont("NotoSerifSC-Bold.ttf");

  private final String resource;
  private TrueTypeFont ttf;
  private CmapLookup cmap;
  private float unitsPerEm;
  private final Map<Integer, Float> advances = new HashMap<>();

  private CjkFont(String resource) {
    this.resource = resource;
  }

  static CjkFont regular() {
    return REGULAR;
  }

  static CjkFont bold() {
    return BOLD;
  }

  /** True when the build packaged the font files. */
  static boolean available() {
    return CjkFont.class.getResource(DIR + REGULAR.resource) != null
        && CjkFont.class.getResource(DIR + BOLD.resource) != null;
  }

  private void load() {
    if (ttf != null) {
      return;
    }
    try (InputStream in = CjkFont.class.getResourceAsStream(DIR + resource)) {
      if (in == null) {
        throw new IllegalStateException(MISSING);
      }
      ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      cmap = ttf.getUnicodeCmapLookup();
      unitsPerEm = ttf.getUnitsPerEm();
    } catch (IOException e) {
      throw new IllegalStateException("无法生成 PDF：中文字体文件已损坏（" + resource + "）", e);
    }
  }

  /** True when the font draws this code point. */
  synchronized boolean has(int codePoint) {
    load();
    return cmap.getGlyphId(codePoint) > 0;
  }

  /**
   * The text with every character the font lacks (or that lies outside the Basic Multilingual Plane) replaced: by its compatibility form (NFKC) when the font has
   * that, else by a question mark; control characters become spaces. Never an empty box in the output.
   */
  synchronized String printable(String text) {
    load();
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
        sb.append(' ');
      } else if (Character.isBmpCodePoint(cp) && cmap.getGlyphId(cp) > 0) {
        sb.appendCodePoint(cp);
      } else {
        String compat = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        // The subset's cmap (format 4) holds the Basic Multilingual Plane only.
        boolean ok = !compat.isEmpty()
            && compat.codePoints().allMatch(c -> Character.isBmpCodePoint(c) && cmap.getGlyphId(c) > 0);
        sb.append(ok ? compat : "?");
      }
    });
    return sb.toString();
  }

  /** The advance width of printable text at a size in points. */
  synchronized float width(String text, float size) {
    load();
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      units += advances.computeIfAbsent(cp, c -> {
        try {
          return (float) ttf.getAdvanceWidth(cmap.getGlyphId(c));
        } catch (IOException e) {
          throw new IllegalStateException("无法生成 PDF：读取中文字体失败", e);
        }
      });
    }
    return units * size / unitsPerEm;
  }

  /** A TrueType font holding the glyphs of exactly these code points, its name tagged as a subset. */
  synchronized byte[] subset(SortedSet<Integer> codePoints) {
    load();
    try {
      TTFSubsetter subsetter = new TTFSubsetter(ttf);
      subsetter.setPrefix(tag(codePoints));
      subsetter.addAll(Set.copyOf(codePoints));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("无法生成 PDF：中文字体子集生成失败", e);
    }
  }

  /** The six capital letters and plus sign that name a subset (PDF 32000 9.6.4), the same for the same glyphs. */
  static String tag(SortedSet<Integer> codePoints) {
    long h = codePoints.hashCode() & 0xffffffffL;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append((char) ('A' + h % 26));
      h /= 26;
    }
    return sb.append('+').toString();
  }
}
