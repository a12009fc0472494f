package org.gongkai.server.appeal;

/** The case register on the embedded H2 database of the shared test context. */
class AppealOnH2Test extends AppealContract {}
