/** The Gongkai web application; each sub-package is one Spring Modulith business module. */
package org.gongkai.server;
