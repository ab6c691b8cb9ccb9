package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;

/**
 * Writes a plan in the formats other tools read. Pure: the caller serves the text.
 *
 * <p>frab XML, iCalendar and the pretalx part of the JSON hold only scheduled sessions: wholly
 * unscheduled sessions are left out of them, and a topic without its own start in a scheduled
 * session gets the time it would run at, back to back from the session's start. Gavel's own JSON
 * member holds the whole plan.
 */
public final class ScheduleExport {

  private ScheduleExport() {}

  /** frab's schedule.xml, valid against its published schema; see {@link FrabXmlWriter}. */
  public static String frabXml(EventPlan plan) {
    return FrabXmlWriter.write(plan);
  }

  /** An iCalendar feed, one VEVENT per scheduled topic; see {@link ICalendarWriter}. */
  public static String iCalendar(EventPlan plan) {
    return ICalendarWriter.write(plan);
  }

  /**
   * pretalx's schedule.json, which other tools read, with a {@code gavel} member holding the whole
   * plan losslessly; see {@link ScheduleJsonWriter}.
   */
  public static String json(EventPlan plan) {
    return ScheduleJsonWriter.write(plan);
  }
}
