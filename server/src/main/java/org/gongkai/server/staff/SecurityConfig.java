package org.gongkai.server.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: the back office and account pages need a signed-in staff member, finer rules sit on the controllers
 * ({@code @PreAuthorize} for roles, {@code AgencyApi.require…} for agency scope); CSRF stays on for every form.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  /**
   * The intake platform API and its OpenAPI document ({@code /api/**}): machine clients with no session and no form,
   * so no CSRF token and no login page; the request module's filter authenticates each call by its API key. Ordered
   * first so that it, not the chain below, answers these paths; everything else is unchanged.
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(r -> r.disable());
    return http.build();
  }

  @Bean
  SecurityFilterChain webSecurity(HttpSecurity http, LoginHandlers handlers) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/admin/**", "/account/**").authenticated()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
            .anyRequest().permitAll())
        .formLogin(f -> f.loginPage("/login").successHandler(handlers).failureHandler(handlers).permitAll())
        .logout(l -> l.addLogoutHandler(handlers).logoutSuccessUrl("/login?logout").permitAll())
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
