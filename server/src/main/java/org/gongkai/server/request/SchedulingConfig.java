package org.gongkai.server.request;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the lapse job's schedule. */
@Configuration
@EnableScheduling
class SchedulingConfig {}
