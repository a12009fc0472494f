package org.gongkai.server.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongkai.server.shared.CurrentStaff;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Keeps a staff member with an initial password out of the back office until the password is changed. */
@Configuration
class PasswordChangeGate implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/admin", "/admin/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (CurrentStaff.get().map(p -> p.mustChangePassword()).orElse(false)) {
      response.sendRedirect(request.getContextPath() + "/account/password");
      return false;
    }
    return true;
  }
}
