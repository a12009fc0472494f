/** The public portal: agencies by region, each agency's 政府信息公开 page with its guide and published annual reports. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.gongkai.server.portal;
