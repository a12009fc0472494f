package org.gongkai.server.disclosure;

/** An attachment's description (its bytes are read only for download). */
record Attachment(long id, long publicationId, int addedInVersion, String fileName, String contentType, long size) {}
