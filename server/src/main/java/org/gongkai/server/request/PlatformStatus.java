package org.gongkai.server.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A request's progress as the platform may see it: state, steps, deadlines, outcome; no personal data. */
@Schema(name = "Status", description = "办理状态：不含申请人的任何个人信息")
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlatformStatus(
    @Schema(description = "平台的申请编号") String platformRequestId,
    @Schema(description = "本单位登记号") String number,
    @Schema(description = "查询码") String trackingCode,
    @Schema(description = "收到申请之日") LocalDate receivedOn,
    @Schema(description = "状态：REGISTERED 已登记，IN_PROGRESS 办理中，AWAITING_CORRECTION 等待补正，CONSULTING "
        + "征求意见中，AWAITING_FEE 等待缴费，EXTENDED 已延期，REPLIED 已答复，CLOSED 已办结") String state,
    @Schema(description = "状态的中文名称", example = "办理中") String stateLabel,
    @Schema(description = "答复期限（办理中时提供）") LocalDate dueDate,
    @Schema(description = "补正期限（等待补正时提供）") LocalDate correctionDue,
    @Schema(description = "已办理的步骤，按时间先后") List<StepView> steps,
    @Schema(description = "办理结果（已答复或已办结时提供）") OutcomeView outcome) {

  /** One step of the procedure. */
  @Schema(name = "StatusStep", description = "办理步骤")
  record StepView(@Schema(description = "步骤代码", example = "ACCEPT") String step,
      @Schema(description = "步骤名称", example = "受理") String label,
      @Schema(description = "生效日期") LocalDate date) {}

  /** The outcome, a result row of table 2 of the annual report. */
  @Schema(name = "StatusOutcome", description = "办理结果：年度报告表二的结果项")
  record OutcomeView(@Schema(description = "结果代码，3.1 至 3.6.3", example = "3.1") String code,
      @Schema(description = "结果名称", example = "（一）予以公开") String label,
      @Schema(description = "作出结果之日") LocalDate date) {}
}
