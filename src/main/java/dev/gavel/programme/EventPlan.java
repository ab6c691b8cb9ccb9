package dev.gavel.programme;

import dev.gavel.room.CueTimes;
import dev.gavel.room.Pacing;
import dev.gavel.room.Stakeholder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A programme as a whole: an event with its rooms, their sessions and each session's topics, in
 * order. It is what imports produce, what exports write and what the store creates or updates.
 * Validated on construction so nothing half-valid reaches the store.
 *
 * @param slug the event's name in URLs (a frab schedule's acronym)
 * @param timeZone where the event happens; times on its pages and in exports are shown there
 * @param noOverlap categories and stakeholders that must not run at the same time in two rooms
 * @param speakerTurn how long a called speaker's turn is (null: the default)
 * @param cues the event's attention thresholds; unset ones are the server's
 */
public record EventPlan(
    String slug,
    String title,
    int slideLimit,
    ZoneId timeZone,
    List<RoomPlan> rooms,
    List<NoOverlap> noOverlap,
    Duration speakerTurn,
    CueTimes cues) {

  public EventPlan {
    checkEvent(slug, title, slideLimit, timeZone);
    rooms = List.copyOf(rooms);
    noOverlap = noOverlap == null ? List.of() : List.copyOf(noOverlap);
    speakerTurn = speakerTurn == null ? Pacing.DEFAULT_TURN : speakerTurn;
    cues = cues == null ? CueTimes.NONE : cues;
    // a turn out of bounds is refused as the room would refuse it
    new Pacing(speakerTurn, cues, Map.of());
  }

  /** An event paced by the defaults, as schedule files give it. */
  public EventPlan(
      String slug,
      String title,
      int slideLimit,
      ZoneId timeZone,
      List<RoomPlan> rooms,
      List<NoOverlap> noOverlap) {
    this(slug, title, slideLimit, timeZone, rooms, noOverlap, null, null);
  }

  /**
   * The rules of an event's own fields, which a form checks before anything else is known.
   *
   * @throws IllegalArgumentException naming the first rule broken
   */
  public static void checkEvent(String slug, String title, int slideLimit, ZoneId timeZone) {
    EventSlug.require(slug);
    requireText(title, "an event needs a title");
    requireSlideLimit(slideLimit);
    if (timeZone == null) {
      throw new IllegalArgumentException("event " + slug + " needs a time zone");
    }
  }

  /** The same event with each topic changed by {@code change}, in the same places. */
  public EventPlan mapTopics(UnaryOperator<TopicPlan> change) {
    return withRooms(
        rooms.stream()
            .map(
                room ->
                    new RoomPlan(
                        room.slug(),
                        room.name(),
                        room.sessions().stream()
                            .map(
                                session ->
                                    new SessionPlan(
                                        session.key(),
                                        session.title(),
                                        session.startsAt(),
                                        session.endsAt(),
                                        session.moderator(),
                                        session.stakeholders(),
                                        session.topics().stream().map(change).toList()))
                            .toList()))
            .toList());
  }

  /** The same event with these rooms. */
  public EventPlan withRooms(List<RoomPlan> others) {
    return new EventPlan(slug, title, slideLimit, timeZone, others, noOverlap, speakerTurn, cues);
  }

  /** Every topic of the event, in running order room by room. */
  public List<TopicPlan> topics() {
    return rooms.stream()
        .flatMap(room -> room.sessions().stream())
        .flatMap(session -> session.topics().stream())
        .toList();
  }

  public record RoomPlan(String slug, String name, List<SessionPlan> sessions) {
    public RoomPlan {
      requireText(slug, "a room needs a slug");
      requireText(name, "a room needs a name");
      sessions = List.copyOf(sessions);
    }
  }

  /**
   * @param key the session's id in the file it came from, so a second import of the same file
   *     updates it rather than adding it twice; null when it has none (it is then matched by title)
   * @param startsAt when the session begins, or null when not yet scheduled
   * @param endsAt when it ends; null when not scheduled, else after {@code startsAt}
   * @param moderator who runs it, or null
   * @param stakeholders who the session asks to be there, attendees who signed up among them
   */
  public record SessionPlan(
      String key,
      String title,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String moderator,
      List<Stakeholder> stakeholders,
      List<TopicPlan> topics) {
    public SessionPlan {
      requireText(title, "a session needs a title");
      if ((startsAt == null) != (endsAt == null)) {
        throw new IllegalArgumentException(
            "session \"" + title + "\" needs both a start and an end, or neither");
      }
      if (startsAt != null && !endsAt.isAfter(startsAt)) {
        throw new IllegalArgumentException("session \"" + title + "\" must end after it starts");
      }
      moderator = moderator == null || moderator.isBlank() ? null : moderator.strip();
      stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
      topics = List.copyOf(topics);
    }

    /** An unscheduled session: a block of topics run in order. */
    public static SessionPlan unscheduled(String title, String moderator, List<TopicPlan> topics) {
      return new SessionPlan(null, title, null, null, moderator, List.of(), topics);
    }
  }

  /**
   * @param key the topic's id in the file it came from (a frab guid, say), so importing the same
   *     file again updates it rather than adding it twice; null when it has none
   * @param category a free tag such as "IPv6", or null
   * @param presentationBudget null for the default share of the budget
   * @param slideLimit null to use the event's
   * @param abstractText the proposal's abstract, or null
   * @param startsAt its planned start, or null to follow the topic before it
   * @param stakeholders who the topic asks to be there
   * @param cues the topic's own attention thresholds; unset ones are its event's
   */
  public record TopicPlan(
      String key,
      String title,
      List<String> presenters,
      String category,
      Duration budget,
      Duration presentationBudget,
      Integer slideLimit,
      String abstractText,
      OffsetDateTime startsAt,
      List<Stakeholder> stakeholders,
      Listing listing,
      CueTimes cues) {
    public TopicPlan {
      requireText(title, "a topic needs a title");
      presenters = presenters.stream().filter(name -> !name.isBlank()).map(String::strip).toList();
      category = category == null || category.isBlank() ? null : category.strip();
      abstractText = lines(blankToNull(abstractText));
      if (budget == null || budget.isNegative() || budget.isZero()) {
        throw new IllegalArgumentException("topic \"" + title + "\" needs a positive time budget");
      }
      if (presentationBudget != null
          && (presentationBudget.isNegative()
              || presentationBudget.isZero()
              || presentationBudget.compareTo(budget) > 0)) {
        throw new IllegalArgumentException(
            "topic \""
                + title
                + "\": the presentation's time must be positive and within the topic's");
      }
      if (slideLimit != null) {
        requireSlideLimit(slideLimit);
      }
      stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
      listing = listing == null ? Listing.NONE : listing;
      cues = cues == null ? CueTimes.NONE : cues;
      for (Duration threshold : new Duration[] {cues.warning(), cues.danger()}) {
        if (threshold != null && threshold.compareTo(budget) >= 0) {
          throw new IllegalArgumentException(
              "topic \"" + title + "\": its warning and danger must be shorter than the topic");
        }
      }
    }

    /** A topic that a schedule file lists nothing more of. */
    public TopicPlan(
        String key,
        String title,
        List<String> presenters,
        String category,
        Duration budget,
        Duration presentationBudget,
        Integer slideLimit,
        String abstractText,
        OffsetDateTime startsAt,
        List<Stakeholder> stakeholders) {
      this(
          key,
          title,
          presenters,
          category,
          budget,
          presentationBudget,
          slideLimit,
          abstractText,
          startsAt,
          stakeholders,
          Listing.NONE,
          CueTimes.NONE);
    }

    /** The same topic with what the schedule lists of it. */
    public TopicPlan listed(Listing details) {
      return new TopicPlan(
          key,
          title,
          presenters,
          category,
          budget,
          presentationBudget,
          slideLimit,
          abstractText,
          startsAt,
          stakeholders,
          details,
          cues);
    }

    /** The same topic with these thresholds of its own. */
    public TopicPlan paced(CueTimes own) {
      return new TopicPlan(
          key,
          title,
          presenters,
          category,
          budget,
          presentationBudget,
          slideLimit,
          abstractText,
          startsAt,
          stakeholders,
          listing,
          own);
    }

    /** The same topic, asking these people to be in the room as well. */
    public TopicPlan asking(Stakeholder... people) {
      List<Stakeholder> all = new java.util.ArrayList<>(stakeholders);
      all.addAll(List.of(people));
      return new TopicPlan(
          key,
          title,
          presenters,
          category,
          budget,
          presentationBudget,
          slideLimit,
          abstractText,
          startsAt,
          all,
          listing,
          cues);
    }

    /** A topic as a proposal has it: a title, presenters, a category and a time budget. */
    public static TopicPlan proposed(
        String title, List<String> presenters, String category, Duration budget) {
      return new TopicPlan(
          null, title, presenters, category, budget, null, null, null, null, List.of());
    }
  }

  /**
   * What a conference's schedule lists of a topic beyond what Gavel runs it by, kept so that an
   * export gives it back: every field may be null (a list empty).
   *
   * @param number the topic's numeric id in frab or pretalx ({@code <event id="…">})
   * @param type its kind in the file ("talk", "workshop", "lightning talk")
   * @param url its page on the conference's site
   * @param personIds each presenter's id in the file, by name
   */
  public record Listing(
      String subtitle,
      String description,
      String language,
      String type,
      String url,
      List<Link> links,
      Long number,
      Map<String, String> personIds) {

    public static final Listing NONE =
        new Listing(null, null, null, null, null, List.of(), null, Map.of());

    /**
     * This listing as a re-import leaves it on a stored topic that had {@code stored}: what the
     * file says replaces what was stored, and what it leaves out (a format that has no subtitle, a
     * person without an id) keeps what was; the numeric id is the one the topic was made with.
     */
    public Listing over(Listing stored) {
      Map<String, String> ids = new TreeMap<>(stored.personIds);
      ids.putAll(personIds);
      return new Listing(
          subtitle != null ? subtitle : stored.subtitle,
          description != null ? description : stored.description,
          language != null ? language : stored.language,
          type != null ? type : stored.type,
          url != null ? url : stored.url,
          links.isEmpty() ? stored.links : links,
          stored.number != null ? stored.number : number,
          ids);
    }

    public Listing {
      subtitle = blankToNull(subtitle);
      description = lines(blankToNull(description));
      language = blankToNull(language);
      type = blankToNull(type);
      url = blankToNull(url);
      links = links == null ? List.of() : List.copyOf(links);
      personIds = personIds == null ? Map.of() : Map.copyOf(personIds);
    }
  }

  /** A link a schedule gives with a topic (its slides, a video, a feedback form). */
  public record Link(String url, String title) {
    public Link {
      requireText(url, "a link needs its address");
      title = blankToNull(title);
    }
  }

  /** Text with its line breaks as {@code \n}, whatever the file had (XML keeps no other). */
  private static String lines(String text) {
    return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void requireText(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  static void requireSlideLimit(int limit) {
    if (limit < 1 || limit > 99) {
      throw new IllegalArgumentException("a slide limit is between 1 and 99: " + limit);
    }
  }
}
