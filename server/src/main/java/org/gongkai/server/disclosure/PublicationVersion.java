package org.gongkai.server.disclosure;

import java.time.LocalDate;

/** One version of a publication's content; versions once published are never changed. */
record PublicationVersion(long publicationId, int version, String title, String documentNumber, String issuingBody,
    LocalDate dateWritten, long categoryId, String subjectWords, String bodyHtml, Validity validity,
    String changeNote, LocalDate publishedOn, Integer lateDays) {}
