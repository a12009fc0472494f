package org.gongkai.core.read;

import java.util.List;

/** A front end: turns one published form's bytes into the block stream the template grammar reads. */
public interface DocumentParser {
  /**
   * The document's blocks in reading order.
   *
   * @throws UnreadableDocumentException when the bytes are not a readable document of this form
   */
  List<Block> blocks(byte[] content) throws UnreadableDocumentException;
}
