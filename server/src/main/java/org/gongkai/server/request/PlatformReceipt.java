package org.gongkai.server.request;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** What the platform gets back for a submission; fixed at registration, so a repeated submission gets the same. */
@Schema(name = "Receipt", description = "登记回执：重复提交同一申请时返回与首次提交相同的内容")
record PlatformReceipt(
    @Schema(description = "平台的申请编号") String platformRequestId,
    @Schema(description = "本单位登记号", example = "〔2026〕12号") String number,
    @Schema(description = "查询码（申请人可在门户“申请查询”页使用）", example = "K7MW2PQX9A") String trackingCode,
    @Schema(description = "查询密码（与查询码配合使用，请转告申请人）", example = "H3N8R2TY") String queryPassword,
    @Schema(description = "收到申请之日（网络渠道，为平台提交之日，《条例》第三十一条）") LocalDate receivedOn,
    @Schema(description = "查询办理状态的地址", example = "/api/v1/requests/SD-2026-000123") String statusUrl) {}
