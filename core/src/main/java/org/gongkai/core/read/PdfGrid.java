package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the cells of ruled tables from a page's border segments: the rules that touch each other form a table,
 * their positions a fine grid, and neighbouring grid squares with no rule between them one (merged) cell.
 */
final class PdfGrid {
  /** Rules closer than this count as one position; segments with a smaller gap as one line. */
  private static final float SNAP = 1.5f;
  private static final int MAX_GRID = 200;

  /** A cell in text coordinates (y down). */
  record Rect(float top, float left, float bottom, float right) {
    boolean contains(float x, float y) {
      return x >= left && x <= right && y >= top && y <= bottom;
    }
  }

  private PdfGrid() {}

  /** The cells of each ruled table on the page. */
  static List<List<Rect>> tables(List<PdfRules.Seg> horizontal, List<PdfRules.Seg> vertical) {
    List<PdfRules.Seg> h = merge(horizontal);
    List<PdfRules.Seg> v = merge(vertical);
    List<List<Rect>> tables = new ArrayList<>();
    for (List<List<PdfRules.Seg>> table : components(h, v)) {
      List<Rect> cells = cellsOf(table.get(0), table.get(1));
      if (!cells.isEmpty()) {
        tables.add(cells);
      }
    }
    return tables;
  }

  /** Joins collinear pieces (borders are often drawn cell by cell). */
  private static List<PdfRules.Seg> merge(List<PdfRules.Seg> segs) {
    List<PdfRules.Seg> sorted = new ArrayList<>(segs);
    sorted.sort(Comparator.comparingDouble(PdfRules.Seg::at).thenComparingDouble(PdfRules.Seg::a));
    List<PdfRules.Seg> out = new ArrayList<>();
    List<PdfRules.Seg> line = new ArrayList<>();
    for (PdfRules.Seg s : sorted) {
      if (!line.isEmpty() && s.at() - line.get(0).at() > SNAP) {
        out.addAll(joinLine(line));
        line.clear();
      }
      line.add(s);
    }
    out.addAll(joinLine(line));
    return out;
  }

  private static List<PdfRules.Seg> joinLine(List<PdfRules.Seg> line) {
    List<PdfRules.Seg> out = new ArrayList<>();
    if (line.isEmpty()) {
      return out;
    }
    float at = line.get(0).at();
    List<PdfRules.Seg> byStart = new ArrayList<>(line);
    byStart.sort(Comparator.comparingDouble(PdfRules.Seg::a));
    float a = byStart.get(0).a();
    float b = byStart.get(0).b();
    for (PdfRules.Seg s : byStart) {
      if (s.a() > b + SNAP) {
        out.add(new PdfRules.Seg(at, a, b));
        a = s.a();
      }
      b = Math.max(b, s.b());
    }
    out.add(new PdfRules.Seg(at, a, b));
    return out;
  }

  /** Groups rules that touch into tables; each result holds the table's horizontal and vertical rules. */
  private static List<List<List<PdfRules.Seg>>> components(List<PdfRules.Seg> h, List<PdfRules.Seg> v) {
    int n = h.size() + v.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < h.size(); i++) {
      for (int j = 0; j < v.size(); j++) {
        if (touches(h.get(i), v.get(j))) {
          parent[find(parent, i)] = find(parent, h.size() + j);
        }
      }
    }
    List<List<List<PdfRules.Seg>>> tables = new ArrayList<>();
    int[] index = new int[n];
    java.util.Arrays.fill(index, -1);
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (index[root] < 0) {
        index[root] = tables.size();
        tables.add(List.of(new ArrayList<>(), new ArrayList<>()));
      }
      List<List<PdfRules.Seg>> t = tables.get(index[root]);
      if (i < h.size()) {
        t.get(0).add(h.get(i));
      } else {
        t.get(1).add(v.get(i - h.size()));
      }
    }
    tables.removeIf(t -> t.get(0).size() < 2 || t.get(1).size() < 2);
    return tables;
  }

  private static boolean touches(PdfRules.Seg h, PdfRules.Seg v) {
    return v.at() >= h.a() - SNAP && v.at() <= h.b() + SNAP && h.at() >= v.a() - SNAP && h.at() <= v.b() + SNAP;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static List<Rect> cellsOf(List<PdfRules.Seg> h, List<PdfRules.Seg> v) {
    float[] ys = positions(h);
    float[] xs = positions(v);
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    if (rows < 1 || cols < 1 || rows > MAX_GRID || cols > MAX_GRID) {
      return List.of();
    }
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        float midY = (ys[r] + ys[r + 1]) / 2;
        float midX = (xs[c] + xs[c + 1]) / 2;
        if (c + 1 < cols && !covered(v, xs[c + 1], midY)) {
          parent[find(parent, r * cols + c)] = find(parent, r * cols + c + 1);
        }
        if (r + 1 < rows && !covered(h, ys[r + 1], midX)) {
          parent[find(parent, r * cols + c)] = find(parent, (r + 1) * cols + c);
        }
      }
    }
    int[][] box = new int[parent.length][];
    for (int j = 0; j < parent.length; j++) {
      int root = find(parent, j);
      int r = j / cols;
      int c = j % cols;
      int[] b = box[root];
      if (b == null) {
        box[root] = new int[] {r, c, r, c};
      } else {
        b[0] = Math.min(b[0], r);
        b[1] = Math.min(b[1], c);
        b[2] = Math.max(b[2], r);
        b[3] = Math.max(b[3], c);
      }
    }
    List<Rect> cells = new ArrayList<>();
    for (int[] b : box) {
      if (b == null) {
        continue;
      }
      float midX = (xs[b[1]] + xs[b[1] + 1]) / 2;
      float midY = (ys[b[0]] + ys[b[0] + 1]) / 2;
      // Grid squares outside the table's outline (an irregular table) are not enclosed by rules.
      if (covered(h, ys[b[0]], midX) && covered(v, xs[b[1]], midY)) {
        cells.add(new Rect(ys[b[0]], xs[b[1]], ys[b[2] + 1], xs[b[3] + 1]));
      }
    }
    return cells;
  }

  private static float[] positions(List<PdfRules.Seg> segs) {
    List<Float> at = new ArrayList<>();
    segs.stream().map(PdfRules.Seg::at).sorted().forEach(p -> {
      if (at.isEmpty() || p - at.get(at.size() - 1) > SNAP) {
        at.add(p);
      }
    });
    float[] out = new float[at.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = at.get(i);
    }
    return out;
  }

  private static boolean covered(List<PdfRules.Seg> segs, float at, float point) {
    for (PdfRules.Seg s : segs) {
      if (Math.abs(s.at() - at) <= SNAP && point >= s.a() - SNAP && point <= s.b() + SNAP) {
        return true;
      }
    }
    return false;
  }
}
