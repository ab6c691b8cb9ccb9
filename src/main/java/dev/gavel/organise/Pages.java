package dev.gavel.organise;

import dev.gavel.programme.Programme;
import dev.gavel.route.Routes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How the organiser's pages share out a big event, so that no page holds more than {@link #TOPICS}
 * topics in full: a small event is one page; a big one is an overview with one page per room, a big
 * room one day at a time, and a session too big for a page in parts. Every form, link and redirect
 * finds its thing through {@link #of}.
 */
final class Pages {

  /** The most topics one page shows with their forms. */
  static final int TOPICS = 120;

  /** The day of unscheduled sessions, as a room page's address names it. */
  static final String UNSCHEDULED = "unscheduled";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private Pages() {}

  /** A page of the organiser's, where a thing is shown in full. */
  sealed interface Place {
    String path(String event);
  }

  /** The event's own page, the whole programme on it. */
  record Whole() implements Place {
    @Override
    public String path(String event) {
      return Routes.EVENT.path(event);
    }
  }

  /**
   * @param day a day's date, {@link #UNSCHEDULED}, or null for every day
   */
  record InRoom(String room, String day) implements Place {
    @Override
    public String path(String event) {
      return Routes.ORGANISE_ROOM.path(event, room) + (day == null ? "" : "?day=" + day);
    }
  }

  /**
   * @param part 1 for the first {@link #TOPICS} topics, and so on
   */
  record InSession(long session, int part) implements Place {
    @Override
    public String path(String event) {
      return Routes.ORGANISE_SESSION.path(event, session) + (part == 1 ? "" : "?part=" + part);
    }
  }

  /** A session as a room's page shows it: with its topics, or named with a link to its own. */
  record Shown(Programme.Session session, boolean full) {}

  static boolean whole(Programme event) {
    return topics(event.rooms()) <= TOPICS;
  }

  static int topics(List<Programme.Room> rooms) {
    return rooms.stream().mapToInt(Pages::topics).sum();
  }

  static int topics(Programme.Room room) {
    return room.sessions().stream().mapToInt(session -> session.topics().size()).sum();
  }

  /** The session's day: its start's date in the event's zone, or {@link #UNSCHEDULED}. */
  static String day(Programme.Session session, ZoneId zone) {
    return session.startsAt() == null
        ? UNSCHEDULED
        : session.startsAt().atZoneSameInstant(zone).toLocalDate().toString();
  }

  /** The room's days in order, the unscheduled sessions last. */
  static List<String> days(Programme.Room room, ZoneId zone) {
    TreeSet<String> dates = new TreeSet<>();
    boolean unscheduled = false;
    for (Programme.Session session : room.sessions()) {
      String day = day(session, zone);
      if (day.equals(UNSCHEDULED)) {
        unscheduled = true;
      } else {
        dates.add(day);
      }
    }
    List<String> days = new ArrayList<>(dates);
    if (unscheduled) {
      days.add(UNSCHEDULED);
    }
    return days;
  }

  /** "Sat 27 Dec", or "Unscheduled". */
  static String label(String day) {
    return day.equals(UNSCHEDULED) ? "Unscheduled" : DAY.format(LocalDate.parse(day));
  }

  /**
   * The day a room's page shows: the one asked for when the room has it; else every day when they
   * fit on one page, or the first.
   */
  static String dayShown(Programme.Room room, String asked, ZoneId zone) {
    List<String> days = days(room, zone);
    if (asked != null && days.contains(asked)) {
      return asked;
    }
    return topics(room) <= TOPICS || days.isEmpty() ? null : days.getFirst();
  }

  /**
   * The sessions of the day (null: every day) in the room's order; each in full while the page has
   * room for its topics, else named with a link to its own page.
   */
  static List<Shown> layout(Programme.Room room, String day, ZoneId zone) {
    List<Shown> shown = new ArrayList<>();
    int left = TOPICS;
    for (Programme.Session session : room.sessions()) {
      if (day != null && !day.equals(day(session, zone))) {
        continue;
      }
      boolean full = session.topics().size() <= left;
      if (full) {
        left -= session.topics().size();
      }
      shown.add(new Shown(session, full));
    }
    return shown;
  }

  /**
   * The page that shows this anchor's thing in full: {@code topic-12}, {@code session-5}, {@code
   * room-hall-a}; anything else is on the event's page.
   */
  static Place of(Programme event, String anchor) {
    if (whole(event) || anchor == null) {
      return new Whole();
    }
    ZoneId zone = event.timeZone();
    for (Programme.Room room : event.rooms()) {
      if (anchor.equals("room-" + room.slug())) {
        return new InRoom(room.slug(), dayShown(room, null, zone));
      }
      for (Programme.Session session : room.sessions()) {
        Optional<Place> found = inSession(room, session, anchor, zone);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    return new Whole();
  }

  private static Optional<Place> inSession(
      Programme.Room room, Programme.Session session, String anchor, ZoneId zone) {
    int index = -1;
    for (int i = 0; i < session.topics().size(); i++) {
      if (anchor.equals("topic-" + session.topics().get(i).id())) {
        index = i;
      }
    }
    if (index < 0 && !anchor.equals("session-" + session.id())) {
      return Optional.empty();
    }
    String day = topics(room) <= TOPICS ? null : day(session, zone);
    boolean full =
        layout(room, day, zone).stream()
            .anyMatch(shown -> shown.session().id() == session.id() && shown.full());
    return Optional.of(
        full
            ? new InRoom(room.slug(), day)
            : new InSession(session.id(), index < 0 ? 1 : index / TOPICS + 1));
  }

  /** The anchor of the thing a form of the organiser's pages is about. */
  static String anchorOfForm(String formId) {
    for (String[] prefix : FORMS) {
      if (formId.startsWith(prefix[0])) {
        return prefix[1] + formId.substring(prefix[0].length());
      }
    }
    return "event";
  }

  /** Form ids by prefix, the longer first where one begins another. */
  private static final String[][] FORMS = {
    {"add-topic-people-", "topic-"},
    {"add-session-people-", "session-"},
    {"add-topic-", "session-"},
    {"edit-topic-", "topic-"},
    {"delete-topic-", "topic-"},
    {"move-topic-", "topic-"},
    {"edit-session-", "session-"},
    {"delete-session-", "session-"},
    {"add-session-", "room-"},
    {"rename-room-", "room-"},
  };
}
