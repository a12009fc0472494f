package org.gongkai.server.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
