package org.gongkai.server.request;

/** A file received with a request, its type already established from its content. */
record Upload(String fileName, String contentType, byte[] content) {}
