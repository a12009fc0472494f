package org.gongkai.server.request;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A disclosure request as the intake platform submits it: the fields of the public application form plus the
 * platform's own id; the rules are those of {@link ApplyForm}, applied by {@link PlatformIntake}.
 */
@Schema(name = "Submission", description = "省级统一受理平台提交的政府信息公开申请（字段和校验规则与门户网上申请表相同）")
record PlatformSubmission(
    @Schema(description = "平台自己的申请编号，同一单位内唯一；重复提交同一编号不会重复登记",
        example = "SD-2026-000123", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
    String platformRequestId,
    @Schema(description = "申请人类型：NATURAL 自然人；法人或其他组织：COMMERCIAL 商业企业，RESEARCH 科研机构，"
        + "NONPROFIT 社会公益组织，LEGAL 法律服务机构，OTHER 其他", example = "NATURAL",
        requiredMode = Schema.RequiredMode.REQUIRED)
    ApplicantKind applicantKind,
    @Schema(description = "申请人姓名或单位名称", example = "张三", requiredMode = Schema.RequiredMode.REQUIRED,
        maxLength = 100)
    String name,
    @Schema(description = "联系人（法人或其他组织申请时必填）", maxLength = 50)
    String contactPerson,
    @Schema(description = "证件类型：ID_CARD 居民身份证，PASSPORT 护照，HK_MACAO_TAIWAN 港澳台居民居住证或通行证，"
        + "CREDIT_CODE 统一社会信用代码，OTHER 其他有效证件", example = "ID_CARD",
        requiredMode = Schema.RequiredMode.REQUIRED)
    IdType idType,
    @Schema(description = "证件号码（居民身份证18位，统一社会信用代码18位）", example = "110101199001011234",
        requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40)
    String idNumber,
    @Schema(description = "联系电话（7至20位数字，可含 + - 空格）", example = "13812345678",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String phone,
    @Schema(description = "通信地址（选择邮寄时必填）", maxLength = 200)
    String address,
    @Schema(description = "电子邮箱（选择电子邮件获取时必填）", example = "zhangsan@example.org", maxLength = 100)
    String email,
    @Schema(description = "邮政编码（6位数字）", example = "100000")
    String postcode,
    @Schema(description = "所需政府信息的名称、文号或便于查询的其他特征描述", example = "本县2025年医疗机构名单",
        requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000)
    String description,
    @Schema(description = "用途（选填）", maxLength = 1000)
    String purpose,
    @Schema(description = "信息提供形式：PAPER 纸质，ELECTRONIC 电子，INSPECTION 查阅", example = "ELECTRONIC",
        requiredMode = Schema.RequiredMode.REQUIRED)
    ProvisionForm provisionForm,
    @Schema(description = "获取信息的方式：POST 邮寄，EMAIL 电子邮件，PICK_UP 自取", example = "EMAIL",
        requiredMode = Schema.RequiredMode.REQUIRED)
    Delivery delivery) {

  /** The same data in the application form, so that the form's rules apply unchanged. */
  ApplyForm toForm() {
    ApplyForm f = new ApplyForm();
    f.setKind(applicantKind);
    f.setName(text(name));
    f.setContactPerson(text(contactPerson));
    f.setIdType(idType);
    f.setIdNumber(text(idNumber));
    f.setPhone(text(phone));
    f.setAddress(text(address));
    f.setEmail(text(email));
    f.setPostcode(text(postcode));
    f.setDescription(text(description));
    f.setPurpose(text(purpose));
    f.setProvisionForm(provisionForm);
    f.setDelivery(delivery);
    f.setChannel(Channel.ONLINE);
    return f;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
