/** The registers behind table 1: rules and normative documents, and administrative decisions and fees. */
package org.gongkai.server.registers;
