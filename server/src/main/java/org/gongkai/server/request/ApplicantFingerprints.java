package org.gongkai.server.request;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives requests stored before applicant fingerprints existed theirs, once, at start-up (decrypting each identity
 * number inside the application only; nothing is shown or logged).
 */
@Component
class ApplicantFingerprints {
  private static final Logger log = LoggerFactory.getLogger(ApplicantFingerprints.class);
  private final RequestRepository repository;
  private final PersonalData personal;

  ApplicantFingerprints(RequestRepository repository, PersonalData personal) {
    this.repository = repository;
    this.personal = personal;
  }

  @EventListener(ApplicationReadyEvent.class)
  void fill() {
    int done = 0;
    int failed = 0;
    long last = 0;
    List<Object[]> batch;
    do {
      batch = repository.withoutFingerprint(last, 500);
      for (Object[] row : batch) {
        last = (Long) row[0];
        try {
          repository.setFingerprint(last, personal.applicantFromStored(IdType.valueOf((String) row[1]),
              (String) row[2]));
          done++;
        } catch (RuntimeException e) {
          // Not decryptable with this key (a restored database with another key?): left as it is, counted by name.
          failed++;
        }
      }
    } while (batch.size() == 500);
    if (done > 0 || failed > 0) {
      log.info("已为 {} 件历史申请补记申请人标识，{} 件无法解密、仍按姓名计数", done, failed);
    }
  }
}
