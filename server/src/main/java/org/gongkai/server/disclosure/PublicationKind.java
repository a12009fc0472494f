package org.gongkai.server.disclosure;

/** A document in its own right, or a policy interpretation (政策解读) linked to the document it explains. */
enum PublicationKind {
  DOCUMENT,
  INTERPRETATION
}
