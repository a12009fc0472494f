package org.gongkai.server.agency;

/**
 * An agency (tenant) with its public contact details and 政府信息公开指南 text; {@code code} is the short stable
 * identifier used in addresses and index numbers. Inactive agencies are kept, never deleted.
 */
public record Agency(long id, String code, String fullName, String shortName, AgencyKind kind, long regionId,
    String address, String phone, String email, String portalUrl, String officeHours, String guide,
    boolean active) {}
