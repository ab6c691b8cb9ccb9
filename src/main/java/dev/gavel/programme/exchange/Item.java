package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.TopicPlan;
import java.time.OffsetDateTime;

/**
 * A topic placed in its room, ready to be grouped into sessions ({@link SessionGrouping}).
 *
 * @param session the session the file names for it (only CSV does), or null to group by time
 * @param where how to point a person at it in a message
 */
record Item(String room, String session, TopicPlan topic, String where) {

  /** The same item with its topic starting then, and all else as it was. */
  Item startingAt(OffsetDateTime start) {
    return new Item(
        room,
        session,
        new TopicPlan(
            topic.key(),
            topic.title(),
            topic.presenters(),
            topic.category(),
            topic.budget(),
            topic.presentationBudget(),
            topic.slideLimit(),
            topic.abstractText(),
            start,
            topic.stakeholders(),
            topic.listing(),
            topic.cues()),
        where);
  }
}
