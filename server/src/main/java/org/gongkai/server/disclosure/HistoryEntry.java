package org.gongkai.server.disclosure;

import java.time.OffsetDateTime;

/** One workflow step: who did what to which version, and when. */
record HistoryEntry(long id, long publicationId, int version, String action, ReviewStepKind stepKind,
    String actorName, OffsetDateTime at, String note) {

  /** The Chinese name of the action. */
  public String label() {
    return switch (action) {
      case "create" -> "起草";
      case "edit" -> "修改草稿";
      case "attach" -> "上传附件";
      case "submit" -> "提交审核";
      case "review.pass" -> (stepKind == null ? "审核" : stepKind.label()) + "通过";
      case "review.return" -> (stepKind == null ? "审核" : stepKind.label()) + "退回";
      case "approve.return" -> "负责人退回";
      case "publish" -> "负责人审批并发布";
      case "new-version" -> "创建新版本";
      case "withdraw" -> "撤回";
      default -> action;
    };
  }
}
