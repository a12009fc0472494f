package org.gongkai.server.disclosure;

/** One entry of an agency's catalogue (主动公开基本目录); {@code parentId} is null for a top-level entry. */
record Category(long id, long agencyId, Long parentId, int position, String name, String content, String legalBasis,
    String timeLimit, String responsibleUnit, String channel, String audience, boolean proactive) {}
