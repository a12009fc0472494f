/** Proactive disclosure (主动公开): the catalogue, publications and their review, and the public portal's columns. */
package org.gongkai.server.disclosure;
