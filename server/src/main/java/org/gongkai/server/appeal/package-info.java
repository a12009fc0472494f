/** Reconsideration and litigation cases about disclosure (行政复议、行政诉讼) and table 3 of the annual report. */
package org.gongkai.server.appeal;
