package org.gongkai.server.request;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The platform API's key filter on {@code /api/v1/*} and the frame of its OpenAPI document. */
@Configuration
class PlatformApiConfig {
  static final String SCHEME = "apiKey";

  @Bean
  FilterRegistrationBean<PlatformApiFilter> platformApiFilter(ApiKeys keys, JsonMapper json,
      ApplicationEventPublisher events) {
    FilterRegistrationBean<PlatformApiFilter> r = new FilterRegistrationBean<>(new PlatformApiFilter(keys, json,
        events));
    r.addUrlPatterns("/api/v1/*");
    r.setName("platformApiFilter");
    return r;
  }

  @Bean
  OpenAPI platformOpenApi() {
    return new OpenAPI()
        .info(new Info().title("政府信息公开申请接口（省级统一受理平台）").version("v1")
            .description("省级统一受理平台通过本接口向各行政机关提交政府信息公开申请，并查询办理状态和结果。"
                + "每个行政机关由单位管理员在后台“平台接口密钥”中签发密钥，调用时放在请求头 X-Api-Key 中；"
                + "密钥只能提交和查询本单位的申请。错误以 JSON 返回：{\"error\": \"中文说明\", \"fields\": {…}}。"))
        .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER).name(PlatformApiFilter.HEADER)
            .description("本单位的接口密钥（单位管理员签发，只在签发时显示一次）")));
  }
}
