package org.gongkai.server.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Turns the files of a form into checked uploads; empty file inputs are ignored. */
final class Uploads {
  private Uploads() {}

  static List<Upload> of(List<MultipartFile> files) {
    List<Upload> out = new ArrayList<>();
    if (files == null) {
      return out;
    }
    List<MultipartFile> chosen = files.stream().filter(f -> f != null && !f.isEmpty()).toList();
    if (chosen.size() > AttachmentSniffer.MAX_FILES) {
      throw new StepException("附件最多" + AttachmentSniffer.MAX_FILES + "个");
    }
    for (MultipartFile f : chosen) {
      if (f.getSize() > AttachmentSniffer.MAX_BYTES) {
        throw new StepException("附件“" + f.getOriginalFilename() + "”超过10MB，请压缩后重新上传");
      }
      try {
        out.add(AttachmentSniffer.check(f.getOriginalFilename(), f.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static Upload one(MultipartFile f) {
    List<Upload> u = of(f == null ? null : List.of(f));
    return u.isEmpty() ? null : u.get(0);
  }
}
