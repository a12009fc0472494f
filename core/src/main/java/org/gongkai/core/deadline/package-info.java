/**
 * Statutory time limits of a disclosure request (reply, correction, extension, consultation and fee payment)
 * computed on the working-day calendar, with pauses and an explanation for the officer's work queue.
 */
package org.gongkai.core.deadline;
