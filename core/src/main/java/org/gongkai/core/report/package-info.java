/** The annual report model: immutable values for the national template (formats 2021 and 2019) and their canonical JSON. */
package org.gongkai.core.report;
