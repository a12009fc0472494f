/**
 * The information-processing fee (信息处理费) under 国办函〔2020〕109号: by count per applicant and month, or by
 * volume per request, itemised, in fen.
 */
package org.gongkai.core.fee;
