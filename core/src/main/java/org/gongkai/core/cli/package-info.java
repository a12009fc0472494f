/**
 * Command-line subcommands for working days, deadlines and fees (picocli), registered by the main
 * {@code gongkai} command; invalid input gives one Chinese line on stderr and exit status 2.
 */
package org.gongkai.core.cli;
