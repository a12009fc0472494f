package org.gongkai.server.registers;

/** The registers on the embedded H2 database of the shared test context. */
class RegistersOnH2Test extends RegistersContract {}
