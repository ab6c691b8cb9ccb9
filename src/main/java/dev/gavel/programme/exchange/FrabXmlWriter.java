package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.Timetable;
import java.time.ZoneId;

/**
 * Writes a plan as frab's schedule.xml, valid against the schedule.xml.xsd that frab, pretalx and
 * the C3VOC tools publish. Only scheduled sessions appear (the format has no place for the rest);
 * topics without their own start get the time they would run at (see {@link Timetable}).
 *
 * <p>What Gavel has that frab has not is left out: moderators, stakeholders, slide limits,
 * presentation budgets, no-overlap priorities and session titles; {@link ScheduleExport#json} keeps
 * them. Guids are UUIDs as {@link Guids} derives them; ids count from 1 in running order. Every
 * room is listed on every day so its place in the plan survives a re-import.
 */
final class FrabXmlWriter {

  /** The schedule format's version Gavel writes. */
  static final String VERSION = "1";

  /** Gavel's topics are discussion slots; "talk" keeps them apart from breaks. */
  static final String TYPE = "talk";

  private FrabXmlWriter() {}

  static String write(EventPlan plan) {
    ScheduleDays schedule = ScheduleDays.of(plan);
    ZoneId zone = plan.timeZone();
    XmlOut xml = new XmlOut().open("schedule").leaf("version", VERSION).open("conference");
    xml.leaf("acronym", plan.slug()).leaf("title", plan.title());
    if (!schedule.days().isEmpty()) {
      xml.leaf("start", schedule.days().getFirst().date().toString())
          .leaf("end", schedule.days().getLast().date().toString())
          .leaf("days", Integer.toString(schedule.days().size()));
    }
    xml.leaf("timeslot_duration", "00:05").leaf("time_zone_name", zone.getId()).close();
    if (schedule.days().isEmpty()) {
      // the schema wants a day; an empty one still lists the rooms
      xml.open("day", "index", "1");
      plan.rooms().forEach(room -> xml.open("room", "name", room.name()).close());
      xml.close();
    }
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
    xml.open("event", "guid", event.guid(), "id", Integer.toString(event.id()))
        .leaf("date", Times.iso(slot.start(), zone))
        .leaf("start", Times.timeOfDay(slot.start(), zone))
        .leaf("duration", Times.clock(topic.budget()))
        .leaf("room", slot.room().name())
        .leaf("slug", event.slug())
        .leaf("title", topic.title())
        .leaf("subtitle", null)
        .leaf("track", topic.category())
        .leaf("type", TYPE)
        .leaf("language", null)
        .leaf("abstract", topic.abstractText())
        .leaf("description", null)
        .open("persons");
    topic.presenters().forEach(name -> xml.leaf("person", name));
    xml.close().leaf("links", null).leaf("attachments", null).close();
  }
}
