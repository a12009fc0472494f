package org.gongkai.server.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of the provincial unified intake platform; the caller's agency comes from its API key. */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "依申请公开", description = "省级统一受理平台向本系统提交政府信息公开申请，并查询办理状态和结果")
@SecurityRequirement(name = PlatformApiConfig.SCHEME)
@ApiResponse(responseCode = "401", description = "未提供接口密钥，或密钥无效、已吊销",
    content = @Content(schema = @Schema(implementation = ApiError.class)))
class PlatformApiController {
  private final PlatformIntake intake;

  PlatformApiController(PlatformIntake intake) {
    this.intake = intake;
  }

  @PostMapping
  @Operation(summary = "提交申请", description = "以网络渠道登记一件政府信息公开申请，收到申请之日为提交之日（《条例》"
      + "第三十一条）。同一平台申请编号重复提交相同内容时返回已登记的申请（200），内容不同时返回409。")
  @ApiResponse(responseCode = "201", description = "已登记")
  @ApiResponse(responseCode = "200", description = "此前已登记（重复提交），返回与首次相同的回执")
  @ApiResponse(responseCode = "400", description = "申请内容不符合要求，fields 中逐项说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "平台申请编号已用于内容不同的申请",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "413", description = "请求体超过64KB",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  ResponseEntity<PlatformReceipt> submit(@Parameter(hidden = true) @RequestAttribute(PlatformApiFilter.KEY) ApiKey key,
      @RequestBody PlatformSubmission submission) {
    PlatformIntake.Outcome o = intake.submit(key, submission);
    if (!o.created()) {
      return ResponseEntity.ok(o.receipt());
    }
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(o.receipt().statusUrl())).body(o.receipt());
  }

  @GetMapping("/{platformRequestId}")
  @Operation(summary = "查询办理状态", description = "返回状态、已办理的步骤及日期、答复期限，已答复或办结的返回办理结果"
      + "（年度报告表二的3.1至3.6.3项）。只能查询本单位密钥提交的申请。")
  @ApiResponse(responseCode = "200", description = "办理状态")
  @ApiResponse(responseCode = "404", description = "本单位没有此平台申请编号的申请",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  PlatformStatus status(@Parameter(hidden = true) @RequestAttribute(PlatformApiFilter.KEY) ApiKey key,
      @Parameter(description = "提交时使用的平台申请编号") @PathVariable String platformRequestId) {
    return intake.status(key, platformRequestId);
  }
}
