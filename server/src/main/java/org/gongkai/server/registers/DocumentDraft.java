package org.gongkai.server.registers;

import java.time.LocalDate;

/** What an officer enters for a document; checked by {@link DocumentService} before it is stored. */
record DocumentDraft(DocumentKind kind, String number, String title, LocalDate issuedOn, LocalDate effectiveOn,
    DocumentStatus status, LocalDate endedOn, String publicationRef, String interpretationRef) {}
