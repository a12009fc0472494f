package org.gongkai.server.disclosure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.NotFoundException;
import org.gongkai.server.shared.PublicPages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public proactive-disclosure column of each active agency: catalogue, lists, search and item pages. */
@Controller
class PortalDisclosureController {
  private final AgencyApi agencies;
  private final Catalogue catalogue;
  private final PublicationQueries queries;
  private final PublicationRepository repo;

  PortalDisclosureController(AgencyApi agencies, Catalogue catalogue, PublicationQueries queries,
      PublicationRepository repo) {
    this.agencies = agencies;
    this.catalogue = catalogue;
    this.queries = queries;
    this.repo = repo;
  }

  @GetMapping("/agencies/{code}/disclosure")
  String column(@PathVariable String code, @RequestParam(required = false) Long before,
      @RequestParam(required = false) Long after, Model model) {
    Agency a = activeAgency(code);
    return list(a, null, queries.list(a.id(), null, before, after), model);
  }

  @GetMapping("/agencies/{code}/disclosure/category/{categoryId}")
  String category(@PathVariable String code, @PathVariable String categoryId,
      @RequestParam(required = false) Long before, @RequestParam(required = false) Long after, Model model) {
    Agency a = activeAgency(code);
    Category c = category(a, categoryId);
    return list(a, c, queries.list(a.id(), c.id(), before, after), model);
  }

  private String list(Agency a, Category current, PublicationQueries.Page page, Model model) {
    List<Category> all = catalogue.categories(a.id());
    model.addAttribute("agency", a);
    model.addAttribute("categories", all);
    model.addAttribute("current", current);
    model.addAttribute("currentPath", current == null ? null : catalogue.path(current));
    model.addAttribute("children", current == null ? List.of()
        : all.stream().filter(c -> c.parentId() != null && c.parentId() == current.id()).toList());
    model.addAttribute("page", page);
    model.addAttribute("categoryNames", names(all));
    return "disclosure/portal-list";
  }

  @GetMapping("/agencies/{code}/disclosure/search")
  String search(@PathVariable String code, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "1") int page, Model model, HttpServletRequest request) {
    Agency a = activeAgency(code);
    List<String> terms = terms(q);
    model.addAttribute("agency", a);
    model.addAttribute("q", q == null ? "" : q.trim());
    model.addAttribute("pageNumber", Math.max(1, Math.min(page, 500)));
    if (q != null && !q.isBlank() && terms.isEmpty()) {
      model.addAttribute("problemText", "请输入至少两个字的检索词（单个汉字无法检索）。");
    }
    PublicationQueries.Hits hits = terms.isEmpty() ? new PublicationQueries.Hits(List.of(), false)
        : queries.search(a.id(), terms, Math.max(1, Math.min(page, 500)));
    model.addAttribute("hits", hits);
    boolean ready = queries.searchReady();
    model.addAttribute("searchReady", ready);
    if (!ready) {
      // Results of an index still being built must not be kept for other visitors.
      PublicPages.markTransient(request);
    }
    model.addAttribute("categoryNames", names(catalogue.categories(a.id())));
    return "disclosure/portal-search";
  }

  /** Whitespace-separated terms of at least two characters (a bigram needs two), at most five. */
  static List<String> terms(String q) {
    if (q == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String t : q.trim().split("[\\s\u3000]+")) {
      if (!SearchTokens.of(t).isEmpty() && t.codePointCount(0, t.length()) >= 2 && out.size() < 5) {
        out.add(t.length() > 50 ? t.substring(0, 50) : t);
      }
    }
    return out;
  }

  @GetMapping("/agencies/{code}/disclosure/{owner}/{serial}")
  String detail(@PathVariable String code, @PathVariable String owner, @PathVariable String serial,
      @RequestParam(required = false) Integer version, Model model) {
    Agency a = activeAgency(code);
    Publication p = repo.byIndexNumber(a.id(), owner + "/" + serial).filter(Publication::published)
        .orElseThrow(() -> new NotFoundException("publication"));
    List<PublicationVersion> versions = repo.publishedVersions(p.id());
    PublicationVersion shown = versions.stream()
        .filter(v -> v.version() == (version == null ? p.liveVersion() : version)).findFirst()
        .orElseThrow(() -> new NotFoundException("version"));
    model.addAttribute("agency", a);
    model.addAttribute("publication", p);
    model.addAttribute("v", shown);
    model.addAttribute("versions", versions);
    model.addAttribute("category", catalogue.find(a.id(), shown.categoryId()).map(catalogue::path).orElse(""));
    model.addAttribute("attachments", repo.attachments(p.id(), shown.version()));
    model.addAttribute("interpretations", p.kind() == PublicationKind.DOCUMENT ? queries.interpretationsOf(p.id())
        : List.of());
    model.addAttribute("interprets", p.interpretsId() == null ? null
        : repo.find(a.id(), p.interpretsId()).filter(Publication::listed).orElse(null));
    return "disclosure/portal-detail";
  }

  @GetMapping("/agencies/{code}/disclosure/{owner}/{serial}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable String owner,
      @PathVariable String serial, @PathVariable long attachmentId) {
    Agency a = activeAgency(code);
    Publication p = repo.byIndexNumber(a.id(), owner + "/" + serial).filter(Publication::listed)
        .orElseThrow(() -> new NotFoundException("publication"));
    Attachment att = repo.attachments(p.id(), p.liveVersion()).stream().filter(x -> x.id() == attachmentId)
        .findFirst().orElseThrow(() -> new NotFoundException("attachment"));
    byte[] data = repo.attachmentData(p.id(), attachmentId).orElseThrow(() -> new NotFoundException("attachment"));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(att.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(att.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff").body(data);
  }

  private Category category(Agency a, String categoryId) {
    try {
      return catalogue.find(a.id(), Long.parseLong(categoryId)).orElseThrow(() -> new NotFoundException("category"));
    } catch (NumberFormatException e) {
      throw new NotFoundException("category");
    }
  }

  private Agency activeAgency(String code) {
    return agencies.findByCode(code).filter(Agency::active).orElseThrow(() -> new NotFoundException("agency"));
  }

  static Map<Long, String> names(List<Category> all) {
    return all.stream().collect(Collectors.toMap(Category::id, Category::name, (x, y) -> x));
  }

  static List<String> subjectWords(String s) {
    return s == null ? List.of() : Arrays.stream(s.split("[\\s,，;；、]+")).filter(w -> !w.isBlank()).toList();
  }
}
