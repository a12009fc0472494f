package org.gongkai.server.request;

/** The request persistence contract on the shared H2 context. */
class RequestPersistenceOnH2Test extends RequestPersistenceContract {}
