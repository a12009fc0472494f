/**
 * Readers: each published form (text, Markdown, HTML, DOCX, PDF, canonical JSON) is turned into one stream of
 * {@link org.gongkai.core.read.Block}s, and one template grammar turns that stream into the report model.
 */
package org.gongkai.core.read;
