/** Disclosure requests (依申请公开): applying, registration, the statutory procedure, replies and statistics. */
package org.gongkai.server.request;
