package org.gongkai.server;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context most tests share: a real server on a random port (for the browser tests), MockMvc, and an
 * in-memory H2 database filled with the demo data at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:gongkai-test;DB_CLOSE_DELAY=-1",
    "gongkai.demo.enabled=true"})
@AutoConfigureMockMvc
public abstract class IntegrationTest {
  @Autowired
  protected MockMvc mvc;

  @LocalServerPort
  protected int port;
}
