package org.gongkai.core.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects a page's ruling lines (table borders): stroked horizontal and vertical segments and thin filled
 * rectangles, in the same coordinates as the text (points from the crop box's top-left corner); and where it
 * draws pictures.
 */
final class PdfRules extends PDFGraphicsStreamEngine {
  /** A filled rectangle thinner than this is a drawn line. */
  private static final float THIN = 2.5f;
  private static final float STRAIGHT = 0.8f;
  /** More border pieces than any report's tables need; beyond this the page is read without rules. */
  private static final int MAX_SEGMENTS = 50_000;
  /** Pictures smaller than this (points, each side) are decoration, not content. */
  private static final float MIN_PICTURE = 24f;
  private static final int MAX_PICTURES = 1_000;

  /** A horizontal (y fixed, from a to b in x) or vertical (x fixed, from a to b in y) segment. */
  record Seg(float at, float a, float b) {}

  private final BlockSink budget;
  private final float left;
  private final float top;
  private final List<Seg> horizontal = new ArrayList<>();
  private final List<Seg> vertical = new ArrayList<>();
  private final List<float[]> path = new ArrayList<>();
  private final List<PdfGrid.Rect> pictures = new ArrayList<>();
  private Point2D.Float current = new Point2D.Float();
  private Point2D.Float start = new Point2D.Float();
  private int operations;

  private PdfRules(PDPage page, BlockSink budget) {
    super(page);
    this.budget = budget;
    PDRectangle crop = page.getCropBox();
    left = crop.getLowerLeftX();
    top = crop.getUpperRightY();
  }

  /** The page's rules, or none when the page is rotated or its drawing cannot be followed. */
  static PdfRules of(PDPage page, BlockSink budget) {
    PdfRules rules = new PdfRules(page, budget);
    if (page.getRotation() % 360 != 0) {
      return rules;
    }
    try {
      rules.processPage(page);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ReadLimitException limit) {
        throw limit;
      }
      rules.horizontal.clear();
      rules.vertical.clear();
      rules.pictures.clear();
    }
    return rules;
  }

  List<Seg> horizontal() {
    return horizontal;
  }

  /** Where the page draws pictures (text coordinates). */
  List<PdfGrid.Rect> pictures() {
    return pictures;
  }

  List<Seg> vertical() {
    return vertical;
  }

  private void tick() {
    if ((++operations & 0x3FF) == 0) {
      budget.checkTime();
    }
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    tick();
    float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    path.add(new float[] {x0, y0, x1, y1, 1});
  }

  @Override
  public void moveTo(float x, float y) {
    tick();
    current = new Point2D.Float(x, y);
    start = current;
  }

  @Override
  public void lineTo(float x, float y) {
    tick();
    path.add(new float[] {current.x, current.y, x, y, 0});
    current = new Point2D.Float(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    tick();
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    path.add(new float[] {current.x, current.y, start.x, start.y, 0});
    current = start;
  }

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void strokePath() {
    for (float[] p : path) {
      if (p[4] == 1) {
        line(p[0], p[1], p[2], p[1]);
        line(p[0], p[3], p[2], p[3]);
        line(p[0], p[1], p[0], p[3]);
        line(p[2], p[1], p[2], p[3]);
      } else {
        line(p[0], p[1], p[2], p[3]);
      }
    }
    path.clear();
  }

  @Override
  public void fillPath(int windingRule) {
    for (float[] p : path) {
      if (p[4] == 1) {
        float w = p[2] - p[0];
        float h = p[3] - p[1];
        if (h <= THIN && w > h) {
          line(p[0], (p[1] + p[3]) / 2, p[2], (p[1] + p[3]) / 2);
        } else if (w <= THIN && h > w) {
          line((p[0] + p[2]) / 2, p[1], (p[0] + p[2]) / 2, p[3]);
        }
      }
    }
    path.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  /** Adds a straight segment, converted from PDF space (y up) to text space (y down from the crop box top). */
  private void line(float x0, float y0, float x1, float y1) {
    if (horizontal.size() + vertical.size() >= MAX_SEGMENTS) {
      return;
    }
    float ax = x0 - left;
    float bx = x1 - left;
    float ay = top - y0;
    float by = top - y1;
    if (Math.abs(ay - by) <= STRAIGHT && Math.abs(ax - bx) > STRAIGHT) {
      horizontal.add(new Seg((ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
    } else if (Math.abs(ax - bx) <= STRAIGHT && Math.abs(ay - by) > STRAIGHT) {
      vertical.add(new Seg((ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
    }
  }

  @Override
  public void drawImage(PDImage pdImage) {
    if (pictures.size() >= MAX_PICTURES) {
      return;
    }
    // An image fills the unit square of the current transformation matrix.
    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
    float[][] corners = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y0 = Float.MAX_VALUE;
    float y1 = -Float.MAX_VALUE;
    for (float[] c : corners) {
      Point2D.Float p = m.transformPoint(c[0], c[1]);
      x0 = Math.min(x0, p.x - left);
      x1 = Math.max(x1, p.x - left);
      y0 = Math.min(y0, top - p.y);
      y1 = Math.max(y1, top - p.y);
    }
    if (x1 - x0 >= MIN_PICTURE && y1 - y0 >= MIN_PICTURE) {
      pictures.add(new PdfGrid.Rect(y0, x0, y1, x1));
    }
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}
}
