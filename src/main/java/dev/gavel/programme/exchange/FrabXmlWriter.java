package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.Link;
import dev.gavel.programme.EventPlan.Listing;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.Guids;
import dev.gavel.programme.Timetable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Writes a plan as frab's schedule.xml, valid against the schedule.xml.xsd that frab, pretalx and
 * the C3VOC tools publish. Only scheduled sessions appear (the format has no place for the rest);
 * topics without their own start get the time they would run at (see {@link Timetable}).
 *
 * <p>What Gavel has that frab has not is left out: moderators, stakeholders, slide limits,
 * presentation budgets, no-overlap priorities and session titles; {@link ScheduleExport#gavelJson}
 * keeps them. What the file listed of a topic (subtitle, type, language, description, url, links,
 * people's ids) is written back. Guids are UUIDs as {@link Guids} derives them; ids are the ones
 * the file gave, else counted on ({@link ScheduleDays}). Every room is listed on every day so its
 * place in the plan survives a re-import.
 */
final class FrabXmlWriter {

  /** The schedule format's version Gavel writes. */
  static final String VERSION = "1";

  private FrabXmlWriter() {}

  /**
   * @param today the one empty day of a programme with nothing scheduled
   */
  static String write(EventPlan plan, LocalDate today) {
    ScheduleDays schedule = ScheduleDays.of(plan, today);
    ZoneId zone = plan.timeZone();
    XmlOut xml = new XmlOut().open("schedule").leaf("version", VERSION).open("conference");
    xml.leaf("acronym", ScheduleDays.acronym(plan.slug()))
        .leaf("title", plan.title())
        .leaf("start", schedule.days().getFirst().date().toString())
        .leaf("end", schedule.days().getLast().date().toString())
        .leaf("days", Integer.toString(schedule.days().size()))
        .leaf("timeslot_duration", "00:05")
        .leaf("time_zone_name", zone.getId())
        .close();
    for (ScheduleDays.Day day : schedule.days()) {
      xml.open(
          "day",
          "index",
          Integer.toString(day.index()),
          "date",
          day.date().toString(),
          "start",
          Times.iso(day.start(), zone),
          "end",
          Times.iso(day.end(), zone));
      for (ScheduleDays.RoomDay room : day.rooms()) {
        xml.open("room", "name", room.room().name());
        room.events().forEach(event -> event(xml, event, zone));
        xml.close();
      }
      xml.close();
    }
    return xml.close().finish();
  }

  private static void event(XmlOut xml, ScheduleDays.Event event, ZoneId zone) {
    Timetable.Slot slot = event.slot();
    TopicPlan topic = slot.topic();
    Listing listing = topic.listing();
    xml.open("event", "guid", event.guid(), "id", Long.toString(event.id()))
        .leaf("date", Times.iso(slot.start(), zone))
        .leaf("start", Times.timeOfDay(slot.start(), zone))
        .leaf("duration", Times.clock(topic.budget()))
        .leaf("room", slot.room().name())
        .leaf("slug", event.slug())
        .leaf("title", topic.title())
        .leaf("subtitle", listing.subtitle())
        .leaf("track", topic.category())
        .leaf("type", type(listing))
        .leaf("language", listing.language())
        .leaf("abstract", topic.abstractText())
        .leaf("description", listing.description());
    if (isHttp(listing.url())) {
      xml.leaf("url", listing.url());
    }
    xml.open("persons");
    for (String name : topic.presenters()) {
      String id = listing.personIds().get(name);
      xml.leafWith("person", name, "id", isPositiveNumber(id) ? id : null);
    }
    xml.close().open("links");
    for (Link link : listing.links()) {
      xml.leafWith("link", link.title() == null ? link.url() : link.title(), "href", link.url());
    }
    xml.close().leaf("attachments", null).close();
  }

  /**
   * The topic's type as its file had it, else empty (the schemas want the element, not a value): a
   * type Gavel made up would come back as the topic's own on a re-import.
   */
  static String type(Listing listing) {
    return listing.type() != null ? listing.type() : "";
  }

  static boolean isHttp(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://"));
  }

  private static boolean isPositiveNumber(String id) {
    return id != null && id.matches("0*[1-9][0-9]{0,17}");
  }
}
