package org.gongkai.server.disclosure;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.gongkai.server.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Machine-readable views of a catalogue category: an Atom feed (RFC 4287) of its newest items and a JSON open-data
 * list paged with the same cursors as the portal. The XML writer escapes every text, so titles cannot break it.
 */
@RestController
class OpenDataController {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final AgencyApi agencies;
  private final Catalogue catalogue;
  private final PublicationQueries queries;

  OpenDataController(AgencyApi agencies, Catalogue catalogue, PublicationQueries queries) {
    this.agencies = agencies;
    this.catalogue = catalogue;
    this.queries = queries;
  }

  /** One item of the JSON list. */
  record Item(String indexNumber, String title, String dateWritten, String datePublished, String dateUpdated,
      int version, boolean interpretation, String url) {}

  /** The JSON list: the category's catalogue facts, a page of items, and the cursor of the next page. */
  record CategoryList(String agency, String agencyCode, long categoryId, String category, String legalBasis,
      String timeLimit, String responsibleUnit, String channel, List<Item> items, String next) {}

  @GetMapping(value = "/agencies/{code}/disclosure/category/{categoryId}.json",
      produces = MediaType.APPLICATION_JSON_VALUE)
  CategoryList json(@PathVariable String code, @PathVariable String categoryId,
      @RequestParam(required = false) Long before) {
    Agency a = activeAgency(code);
    Category c = category(a, categoryId);
    PublicationQueries.Page page = queries.list(a.id(), c.id(), before, null);
    String base = base();
    List<Item> items = page.items().stream().map(i -> new Item(i.indexNumber(), i.title(), str(i.dateWritten()),
        str(i.firstPublishedOn()), str(i.lastPublishedOn()), i.liveVersion(),
        i.kind() == PublicationKind.INTERPRETATION, base + i.path(a.code()))).toList();
    String next = page.older() == null ? null
        : base + "/agencies/" + a.code() + "/disclosure/category/" + c.id() + ".json?before=" + page.older();
    return new CategoryList(a.fullName(), a.code(), c.id(), catalogue.path(c), c.legalBasis(), c.timeLimit(),
        c.responsibleUnit(), c.channel(), items, next);
  }

  @GetMapping("/agencies/{code}/disclosure/category/{categoryId}/feed.atom")
  ResponseEntity<String> atom(@PathVariable String code, @PathVariable String categoryId) {
    Agency a = activeAgency(code);
    Category c = category(a, categoryId);
    List<ListItem> items = queries.list(a.id(), c.id(), null, null).items();
    String base = base();
    String self = base + "/agencies/" + a.code() + "/disclosure/category/" + c.id() + "/feed.atom";
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      text(x, "id", self);
      text(x, "title", a.fullName() + " · " + catalogue.path(c));
      text(x, "updated", items.isEmpty() ? OffsetDateTime.now(CHINA).withNano(0).toString()
          : stamp(items.stream().map(ListItem::lastPublishedOn).max(LocalDate::compareTo).orElseThrow()));
      link(x, "self", self, "application/atom+xml");
      link(x, "alternate", base + "/agencies/" + a.code() + "/disclosure/category/" + c.id(), "text/html");
      x.writeStartElement("author");
      text(x, "name", a.fullName());
      x.writeEndElement();
      for (ListItem i : items) {
        x.writeStartElement("entry");
        text(x, "id", base + i.path(a.code()));
        text(x, "title", i.title());
        text(x, "published", stamp(i.firstPublishedOn()));
        text(x, "updated", stamp(i.lastPublishedOn()));
        link(x, "alternate", base + i.path(a.code()), "text/html");
        text(x, "summary", "索引号：" + i.indexNumber() + "；成文日期：" + i.dateWritten() + "；发布日期："
            + i.firstPublishedOn() + (i.updated() ? "；更新日期：" + i.lastPublishedOn() : ""));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
          .body(out.toString());
    } catch (XMLStreamException e) {
      throw new IllegalStateException("atom", e);
    }
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
    x.writeAttribute("type", type);
  }

  private static String stamp(LocalDate d) {
    return d.atStartOfDay(CHINA).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
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
}
