package dev.gavel.programme.exchange;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.programme.EventPlan;
import java.time.LocalDate;

/**
 * Writes a plan in the formats other tools read. Pure: the caller serves the text.
 *
 * <p>frab XML, iCalendar and the pretalx part of the JSON hold only scheduled sessions: wholly
 * unscheduled sessions are left out of them, and a topic without its own start in a scheduled
 * session gets the time it would run at, back to back from the session's start. Gavel's own JSON
 * holds the whole plan.
 */
public final class ScheduleExport {

  private ScheduleExport() {}

  /**
   * frab's schedule.xml, valid against its published schema; see {@link FrabXmlWriter}.
   *
   * @param today the day of the export: the schemas want a day, and a programme with nothing
   *     scheduled has none of its own, so its one empty day is this one
   */
  public static String frabXml(EventPlan plan, LocalDate today) {
    return FrabXmlWriter.write(plan, today);
  }

  /** An iCalendar feed, one VEVENT per scheduled topic; see {@link ICalendarWriter}. */
  public static String iCalendar(EventPlan plan) {
    return ICalendarWriter.write(plan);
  }

  /**
   * The schedule.json of frab and pretalx, valid against the c3voc schema.json; see {@link
   * ScheduleJsonWriter}.
   *
   * @param baseUrl where the event's programme is published, {@code http://host/events/slug/}
   * @param today as for {@link #frabXml}
   */
  public static String json(EventPlan plan, String baseUrl, LocalDate today) {
    return ScheduleJsonWriter.write(plan, baseUrl, today);
  }

  /**
   * Gavel's own JSON, {@code {"gavel": {...}}}: the whole plan, nothing left out, for moving an
   * event to another Gavel or keeping a copy; importing it gives the same plan. See {@link
   * GavelJsonWriter}.
   */
  public static String gavelJson(EventPlan plan) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("gavel", GavelJsonWriter.write(plan));
    return ScheduleJsonWriter.text(root);
  }
}
