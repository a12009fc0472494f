package org.gongkai.server.appeal;

import java.time.Instant;

/** A document filed with a case (decision, judgment, notice …): its name, sniffed type, size and who uploaded it. */
record CaseDocument(long id, long caseId, String fileName, String contentType, long size, Instant uploadedAt,
    String uploadedBy) {}
