package org.gongkai.server.agency;

/** The editable fields of an agency; blank optional fields are stored as absent. */
public record AgencyDraft(String code, String fullName, String shortName, AgencyKind kind, Long regionId,
    String address, String phone, String email, String portalUrl, String officeHours, String guide) {}
