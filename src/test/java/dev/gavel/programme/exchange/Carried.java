package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.Listing;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.Guids;
import dev.gavel.room.CueTimes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What each export format can carry of a plan, for comparing a plan with its export read back: a
 * format's limits made explicit, so that everything else must come back as it was.
 */
final class Carried {

  private Carried() {}

  /**
   * frab XML: guids are UUIDs (a key that is not one comes back as its {@link Guids derived} UUID,
   * which the merge recognises), every topic has a numeric id (an unnumbered one comes back with
   * the one the export counted), and people's ids are numbers.
   */
  static EventPlan byFrab(EventPlan plan) {
    return each(
        plan,
        topic ->
            guidKey(topic.listed(withIds(topic.listing(), numeric(topic.listing().personIds())))),
        true);
  }

  /** The schedule JSON: as frab XML, but people's ids of any kind. */
  static EventPlan byJson(EventPlan plan) {
    return each(plan, Carried::guidKey, true);
  }

  /** iCalendar: the key as it is, nothing of the listing but the topic's page; no empty rooms. */
  static EventPlan byICalendar(EventPlan plan) {
    EventPlan topics = each(plan, topic -> topic.listed(urlOnly(topic.listing())), false);
    return topics.withRooms(
        topics.rooms().stream().filter(room -> !room.sessions().isEmpty()).toList());
  }

  private static TopicPlan guidKey(TopicPlan topic) {
    return new TopicPlan(
        Guids.of(topic.key()),
        topic.title(),
        topic.presenters(),
        topic.category(),
        topic.budget(),
        topic.presentationBudget(),
        topic.slideLimit(),
        topic.abstractText(),
        topic.startsAt(),
        topic.stakeholders(),
        topic.listing(),
        CueTimes.NONE);
  }

  private static Listing urlOnly(Listing listing) {
    return new Listing(null, null, null, null, listing.url(), List.of(), null, Map.of());
  }

  private static Listing withIds(Listing listing, Map<String, String> ids) {
    return new Listing(
        listing.subtitle(),
        listing.description(),
        listing.language(),
        listing.type(),
        listing.url(),
        listing.links(),
        listing.number(),
        ids);
  }

  private static Map<String, String> numeric(Map<String, String> ids) {
    Map<String, String> kept = new TreeMap<>();
    ids.forEach(
        (name, id) -> {
          if (id.matches("[0-9]+")) {
            kept.put(name, id);
          }
        });
    return kept;
  }

  /** Every topic through {@code change}; with {@code numbered}, the numeric id left out. */
  private static EventPlan each(EventPlan plan, UnaryOperator<TopicPlan> change, boolean numbered) {
    return plan.mapTopics(numbered ? topic -> withoutNumber(change.apply(topic)) : change);
  }

  private static TopicPlan withoutNumber(TopicPlan topic) {
    Listing listing = topic.listing();
    return topic.listed(
        new Listing(
            listing.subtitle(),
            listing.description(),
            listing.language(),
            listing.type(),
            listing.url(),
            listing.links(),
            null,
            listing.personIds()));
  }
}
