package org.gongkai.server.appeal;

import java.time.LocalDate;

/** What an officer enters for a case; checked by {@link CaseService} before it is stored. */
record CaseDraft(String caseNumber, AppealKind kind, String body, LocalDate filedOn, LocalDate decidedOn,
    AppealResult result, String requestCode, String summary) {}
