/**
 * The working-day calendar: official public holidays and make-up working days loaded from data, and counting of
 * working days under the project rule that the day of the event is not counted.
 */
package org.gongkai.core.calendar;
