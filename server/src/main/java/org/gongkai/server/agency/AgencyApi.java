package org.gongkai.server.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.server.shared.AuditEvent;
import org.gongkai.server.shared.NotFoundException;
import org.gongkai.server.shared.Role;
import org.gongkai.server.shared.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency module's facade: regions, agencies, and the one place that decides whether a staff member may read
 * or change an agency's data. Every other module asks here before touching agency-owned rows.
 */
@Service
public class AgencyApi {
  private final AgencyRepository repository;
  private final ApplicationEventPublisher events;

  AgencyApi(AgencyRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  /** Every region, provinces first, in creation order. */
  public List<Region> regions() {
    return repository.regions();
  }

  /** A region by id. */
  public Region region(long id) {
    return regions().stream().filter(r -> r.id() == id).findFirst()
        .orElseThrow(() -> new NotFoundException("region " + id));
  }

  /** The region's name with its ancestors, e.g. 示例省示例市示例县. */
  public String regionPath(long id) {
    List<Region> all = regions();
    StringBuilder path = new StringBuilder();
    Long at = id;
    while (at != null) {
      long current = at;
      Region r = all.stream().filter(x -> x.id() == current).findFirst().orElse(null);
      if (r == null) {
        break;
      }
      path.insert(0, r.name());
      at = r.parentId();
    }
    return path.toString();
  }

  /** The region and every region below it. */
  public Set<Long> regionAndBelow(long regionId) {
    List<Region> all = regions();
    Set<Long> out = new HashSet<>();
    out.add(regionId);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Region r : all) {
        if (r.parentId() != null && out.contains(r.parentId()) && out.add(r.id())) {
          grew = true;
        }
      }
    }
    return out;
  }

  /** Every agency, active or not. */
  public List<Agency> all() {
    return repository.agencies();
  }

  /** The active agencies. */
  public List<Agency> active() {
    return all().stream().filter(Agency::active).toList();
  }

  /** An agency by id, if it exists. */
  public Optional<Agency> find(long id) {
    return repository.byId(id);
  }

  /** An agency by id; not found otherwise. */
  public Agency require(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("agency " + id));
  }

  /** An agency by its code, if it exists. */
  public Optional<Agency> findByCode(String code) {
    return repository.byCode(code);
  }

  /** Whether the staff member may read the agency's data: own agency, own region for supervisors, all for admins. */
  public boolean canRead(StaffPrincipal who, Agency agency) {
    if (who.role() == Role.SYSTEM_ADMIN) {
      return true;
    }
    if (who.role() == Role.SUPERVISOR) {
      return who.regionId() != null && regionAndBelow(who.regionId()).contains(agency.regionId());
    }
    return who.agencyId() != null && who.agencyId() == agency.id();
  }

  /** Whether the staff member may change the agency's data: system admins, and the agency's own staff; never supervisors. */
  public boolean canChange(StaffPrincipal who, Agency agency) {
    if (who.role() == Role.SYSTEM_ADMIN) {
      return true;
    }
    return who.role().agencyBound() && who.agencyId() != null && who.agencyId() == agency.id();
  }

  /** The agency if the staff member may read it; access denied otherwise (also for ids that do not exist). */
  public Agency requireReadable(StaffPrincipal who, long agencyId) {
    Agency a = find(agencyId).orElseThrow(() -> new AccessDeniedException("agency"));
    if (!canRead(who, a)) {
      throw new AccessDeniedException("agency");
    }
    return a;
  }

  /** The agency if the staff member may change it; access denied otherwise. */
  public Agency requireChangeable(StaffPrincipal who, long agencyId) {
    Agency a = find(agencyId).orElseThrow(() -> new AccessDeniedException("agency"));
    if (!canChange(who, a)) {
      throw new AccessDeniedException("agency");
    }
    return a;
  }

  /** The agencies the staff member may read, by region then name. */
  public List<Agency> readableBy(StaffPrincipal who) {
    List<Agency> out = new ArrayList<>();
    for (Agency a : all()) {
      if (canRead(who, a)) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparing(Agency::regionId).thenComparing(Agency::kind).thenComparing(Agency::id));
    return out;
  }

  /** Adds a region under a parent (or a province when {@code parentId} is null); levels follow 省 → 市 → 县. */
  @Transactional
  public long createRegion(Long parentId, String name) {
    RegionLevel level = parentId == null ? RegionLevel.PROVINCE : region(parentId).level().child();
    if (level == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("region");
    }
    long id = repository.insertRegion(parentId, name.trim(), level);
    events.publishEvent(AuditEvent.of(null, "region.create", "region:" + id, name.trim()));
    return id;
  }

  /** Creates an agency; the code must be unused. */
  @Transactional
  public long create(AgencyDraft draft) {
    if (repository.codeTaken(draft.code().trim(), null)) {
      throw new DuplicateCodeException();
    }
    region(draft.regionId());
    long id = repository.insert(draft);
    events.publishEvent(AuditEvent.of(id, "agency.create", "agency:" + id, draft.fullName()));
    return id;
  }

  /** Replaces an agency's editable fields. */
  @Transactional
  public void update(long id, AgencyDraft draft) {
    require(id);
    if (repository.codeTaken(draft.code().trim(), id)) {
      throw new DuplicateCodeException();
    }
    region(draft.regionId());
    repository.update(id, draft);
    events.publishEvent(AuditEvent.of(id, "agency.update", "agency:" + id, draft.fullName()));
  }

  /** Deactivates or reactivates an agency; agencies are never deleted. */
  @Transactional
  public void setActive(long id, boolean active) {
    require(id);
    repository.setActive(id, active);
    events.publishEvent(AuditEvent.of(id, active ? "agency.activate" : "agency.deactivate", "agency:" + id, null));
  }

  /** Another agency already uses the code. */
  public static final class DuplicateCodeException extends RuntimeException {
    DuplicateCodeException() {
      super("duplicate agency code");
    }
  }
}
