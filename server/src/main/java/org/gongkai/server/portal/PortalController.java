package org.gongkai.server.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.report.Applicant;
import org.gongkai.core.report.AppealCounts;
import org.gongkai.core.report.Appeals;
import org.gongkai.core.report.RequestRow;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.agency.Region;
import org.gongkai.server.disclosure.DisclosureApi;
import org.gongkai.server.report.PublishedReport;
import org.gongkai.server.report.PublishedReportApi;
import org.gongkai.server.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages; they show only active agencies and published reports. */
@Controller
class PortalController {
  private final AgencyApi agencies;
  private final PublishedReportApi reports;
  private final DisclosureApi disclosure;

  PortalController(AgencyApi agencies, PublishedReportApi reports, DisclosureApi disclosure) {
    this.agencies = agencies;
    this.reports = reports;
    this.disclosure = disclosure;
  }

  /** One region with its active agencies, for the home page. */
  record RegionGroup(Region region, String path, List<Agency> agencies) {}

  @GetMapping("/")
  String home(Model model) {
    List<Agency> active = agencies.active();
    List<RegionGroup> groups = new ArrayList<>();
    for (Region r : agencies.regions()) {
      List<Agency> here = active.stream().filter(a -> a.regionId() == r.id()).toList();
      if (!here.isEmpty()) {
        groups.add(new RegionGroup(r, agencies.regionPath(r.id()), here));
      }
    }
    model.addAttribute("groups", groups);
    return "portal/home";
  }

  @GetMapping("/agencies/{code}")
  String agency(@PathVariable String code, Model model) {
    Agency a = activeAgency(code);
    model.addAttribute("agency", a);
    model.addAttribute("regionPath", agencies.regionPath(a.regionId()));
    model.addAttribute("reports", reports.ofAgency(a.id()));
    model.addAttribute("proactive", disclosure.latest(a.id(), 8));
    model.addAttribute("proactivePath", disclosure.columnPath(a.id()));
    return "portal/agency";
  }

  @GetMapping("/agencies/{code}/reports/{year}")
  String report(@PathVariable String code, @PathVariable int year, Model model) {
    Agency a = activeAgency(code);
    PublishedReport r = reports.find(a.id(), year).orElseThrow(() -> new NotFoundException("report"));
    model.addAttribute("agency", a);
    model.addAttribute("published", r);
    model.addAttribute("report", r.report());
    model.addAttribute("requestRows", RequestRow.rowsOf(r.report().format()));
    model.addAttribute("applicants", Applicant.values());
    model.addAttribute("appealGroups", Appeals.LABELS);
    model.addAttribute("appealColumns", AppealCounts.LABELS);
    Map<String, List<Integer>> appealCells = new LinkedHashMap<>();
    if (r.report().appeals() != null) {
      List<AppealCounts> g = r.report().appeals().groups();
      for (int i = 0; i < g.size(); i++) {
        appealCells.put(Appeals.LABELS.get(i), g.get(i).cells());
      }
    }
    model.addAttribute("appealCells", appealCells);
    return "portal/report";
  }

  private Agency activeAgency(String code) {
    return agencies.findByCode(code).filter(Agency::active).orElseThrow(() -> new NotFoundException("agency"));
  }
}
