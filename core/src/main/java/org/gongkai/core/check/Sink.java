package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingCode;

/** Collects findings in order, keeping one per code and path. */
final class Sink {
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  void add(FindingCode code, String where, String message) {
    add(Finding.of(code, where, message));
  }

  void add(Finding f) {
    if (seen.add(key(f.code(), f.where()))) {
      findings.add(f);
    }
  }

  List<Finding> list() {
    return List.copyOf(findings);
  }

  static String key(String code, String where) {
    return code + '\u0000' + where;
  }
}
