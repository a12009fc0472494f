package org.gongkai.server.shared;

/**
 * A staff action to be written to the audit log, published as an application event by the module that acted.
 * {@code actor} is {@code null} when the signed-in staff member acted; it names the user otherwise (e.g. a failed
 * login). {@code action} is a message key under {@code audit.action.}; {@code target} and {@code detail} carry no
 * passwords.
 */
public record AuditEvent(String actor, Long agencyId, String action, String target, String detail) {

  /** An action of the signed-in staff member on data of an agency (or of the system, {@code agencyId == null}). */
  public static AuditEvent of(Long agencyId, String action, String target, String detail) {
    return new AuditEvent(null, agencyId, action, target, detail);
  }
}
