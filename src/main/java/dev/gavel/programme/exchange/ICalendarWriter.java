package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.Timetable;
import java.io.IOException;
import java.io.StringWriter;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a plan as an iCalendar feed with ical4j, which folds long lines and escapes text: one
 * VEVENT per scheduled topic (see {@link Timetable}) with UID the topic's key (or {@link
 * Timetable.Slot#key()}), SUMMARY, DTSTART and DTEND in UTC (so no VTIMEZONE is needed and every
 * reader agrees on the instant), LOCATION the room's name, CATEGORIES the category, and DESCRIPTION
 * the "Speakers: …" line Indico writes followed by the abstract. X-WR-CALNAME holds the event's
 * title, X-WR-TIMEZONE its zone. DTSTAMP is the topic's start, not the time of export, so the same
 * plan always gives the same file.
 *
 * <p>A re-import gives the event the slug of its title: equal to the original when the slug was
 * made from the title, as it is for a calendar imported without options.
 */
final class ICalendarWriter {

  private ICalendarWriter() {}

  static String write(EventPlan plan) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Gavel//Schedule export//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", plan.title()));
    calendar.add(new XProperty("X-WR-TIMEZONE", plan.timeZone().getId()));
    for (Timetable.Slot slot : Timetable.of(plan)) {
      calendar.add(event(slot));
    }
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, text);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException("the calendar could not be written: " + e.getMessage(), e);
    }
    return text.toString();
  }

  private static VEvent event(Timetable.Slot slot) {
    TopicPlan topic = slot.topic();
    VEvent event = new VEvent(false);
    event.add(new Uid(slot.key()));
    event.add(new DtStamp(slot.start().toInstant()));
    event.add(new DtStart<>(slot.start().toInstant()));
    event.add(new DtEnd<>(slot.end().toInstant()));
    event.add(new Summary(topic.title()));
    event.add(new Location(slot.room().name()));
    String description = Speakers.write(topic.presenters(), topic.abstractText());
    if (description != null) {
      event.add(new Description(description));
    }
    if (topic.category() != null) {
      event.add(new Categories(new TextList(topic.category())));
    }
    return event;
  }
}
