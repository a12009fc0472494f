package org.gongkai.core.read;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Whether a page draws a picture (directly or inside a form), which tells a scanned page from a blank one. */
final class PdfImages {
  private static final int MAX_DEPTH = 4;

  private PdfImages() {}

  static boolean hasImage(PDPage page) {
    try {
      return hasImage(page.getResources(), 0);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean hasImage(PDResources resources, int depth) throws IOException {
    if (resources == null || depth > MAX_DEPTH) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject) {
        return true;
      }
      if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
