/** The {@code gongkai} command line: parse, check and render annual reports; working days, deadlines and fees. */
package org.gongkai.core.cli;
