package org.gongkai.server.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 152, once: gives the requests registered before V151 their applicant fingerprint. It needs the SM4 key
 * to read each identity number, so it is Java run by Flyway as a Spring bean; nothing is shown or logged but counts.
 */
@Component
class V152__request_applicant_fingerprints extends BaseJavaMigration {
  private static final Logger log = LoggerFactory.getLogger(V152__request_applicant_fingerprints.class);
  private final PersonalData personal;

  V152__request_applicant_fingerprints(PersonalData personal) {
    this.personal = personal;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    fill(context.getConnection());
  }

  /** Fingerprints every request with an identity number and none yet; returns how many it wrote. */
  int fill(Connection c) throws SQLException {
    int done = 0;
    int failed = 0;
    try (PreparedStatement read = c.prepareStatement("SELECT id, id_type, id_number_enc FROM disclosure_request "
            + "WHERE applicant_fp IS NULL AND id_number_enc IS NOT NULL");
        PreparedStatement write = c.prepareStatement("UPDATE disclosure_request SET applicant_fp = ? WHERE id = ?")) {
      read.setFetchSize(1000);
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          try {
            write.setString(1, personal.applicantFromStored(IdType.valueOf(rs.getString(2)), rs.getString(3)));
          } catch (RuntimeException e) {
            // Not decryptable with this key (a database restored under another key?): left to be counted by name.
            failed++;
            continue;
          }
          write.setLong(2, rs.getLong(1));
          write.addBatch();
          if (++done % 1000 == 0) {
            write.executeBatch();
          }
        }
      }
      write.executeBatch();
    }
    if (done > 0 || failed > 0) {
      log.info("已为 {} 件历史申请补记申请人标识，{} 件无法解密、仍按姓名计数", done, failed);
    }
    return done;
  }
}
