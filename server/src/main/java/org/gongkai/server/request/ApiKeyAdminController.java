package org.gongkai.server.request;

import java.util.List;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.CurrentStaff;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake platform's API keys in the back office: the agency admin (and the system admin for any agency) issues
 * keys, sees the clear key exactly once, and revokes them.
 */
@Controller
@RequestMapping("/admin/requests/api-keys")
@PreAuthorize("hasAnyRole('AGENCY_ADMIN', 'SYSTEM_ADMIN')")
class ApiKeyAdminController {
  private final AgencyApi agencies;
  private final ApiKeys keys;
  private final ApplicationEventPublisher events;

  ApiKeyAdminController(AgencyApi agencies, ApiKeys keys, ApplicationEventPublisher events) {
    this.agencies = agencies;
    this.keys = keys;
    this.events = events;
  }

  @GetMapping
  String list(@RequestParam(required = false) Long agencyId, Model model) {
    StaffPrincipal me = CurrentStaff.require();
    Long chosen = me.role() == Role.SYSTEM_ADMIN ? agencyId : me.agencyId();
    if (me.role() == Role.SYSTEM_ADMIN) {
      model.addAttribute("agencies", agencies.all());
    }
    if (chosen != null) {
      Agency a = agencies.requireChangeable(me, chosen);
      model.addAttribute("agency", a);
      model.addAttribute("keys", keys.of(a.id()));
    } else {
      model.addAttribute("keys", List.of());
    }
    return "request/api-keys";
  }

  @PostMapping
  String create(@RequestParam long agencyId, @RequestParam(defaultValue = "") String label,
      RedirectAttributes flash) {
    StaffPrincipal me = CurrentStaff.require();
    Agency a = changeable(me, agencyId);
    String l = label.strip();
    if (l.isEmpty() || l.length() > 100) {
      flash.addFlashAttribute("problemText", "请填写密钥用途说明（不超过100字），如“省级统一受理平台”");
    } else {
      ApiKeys.Created c = keys.create(a.id(), l, me.getUsername());
      events.publishEvent(AuditEvent.of(a.id(), "request.apikey.create", "apikey:" + c.key().id(),
          c.key().hint() + "…（" + l + "）"));
      // A flash attribute lives for exactly one page view: the clear key is shown once and never stored.
      flash.addFlashAttribute("clearKey", c.clearKey());
      flash.addFlashAttribute("createdKey", c.key());
    }
    return "redirect:/admin/requests/api-keys?agencyId=" + a.id();
  }

  @PostMapping("/{keyId}/revoke")
  String revoke(@PathVariable long keyId, RedirectAttributes flash) {
    StaffPrincipal me = CurrentStaff.require();
    ApiKey k = keys.byId(keyId).orElseThrow(() -> new AccessDeniedException("key"));
    Agency a = changeable(me, k.agencyId());
    if (keys.revoke(k.id(), me.getUsername())) {
      events.publishEvent(AuditEvent.of(a.id(), "request.apikey.revoke", "apikey:" + k.id(),
          k.hint() + "…（" + k.label() + "）"));
      flash.addFlashAttribute("noticeText", "密钥已吊销，使用该密钥的调用将被拒绝。");
    }
    return "redirect:/admin/requests/api-keys?agencyId=" + a.id();
  }

  /** The agency if the admin may manage its keys: its own agency admin, or a system admin. */
  private Agency changeable(StaffPrincipal me, long agencyId) {
    if (me.role() == Role.AGENCY_ADMIN && (me.agencyId() == null || me.agencyId() != agencyId)) {
      throw new AccessDeniedException("agency");
    }
    return agencies.requireChangeable(me, agencyId);
  }
}
