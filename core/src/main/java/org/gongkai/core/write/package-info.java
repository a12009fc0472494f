/** Writers that turn an annual report into JSON, plain text, HTML, DOCX or XLSX in the national template's layout. */
package org.gongkai.core.write;
