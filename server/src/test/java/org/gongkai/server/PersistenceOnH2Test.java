package org.gongkai.server;

/** The persistence contract on the embedded H2 database of the shared test context. */
class PersistenceOnH2Test extends PersistenceContract {}
