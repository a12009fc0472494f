package org.gongkai.server.audit;

/** The result of verifying the audit chain: intact or not, how many entries were checked, the first bad entry. */
public record ChainStatus(boolean intact, long checked, Long firstBrokenId) {}
