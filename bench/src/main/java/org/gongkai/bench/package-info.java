/** JMH benchmarks of reading and checking annual reports, with Apache Tika's text extraction as the yardstick. */
package org.gongkai.bench;
