package dev.gavel.programme;

import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.room.Stakeholder;
import java.util.List;

/**
 * What importing a plan does to a stored programme, worked out by {@link ImportMerge} and written
 * by the store as it is, in the plan's order: so a dry run and the import itself answer alike.
 *
 * @param makeEvent whether the event is new; else its title and zone are written
 * @param publish whether a new event is published at once
 * @param result what the import reports
 */
public record ImportChanges(
    EventPlan plan,
    boolean makeEvent,
    boolean publish,
    List<RoomChange> rooms,
    ImportResult result) {

  public ImportChanges {
    rooms = List.copyOf(rooms);
  }

  /**
   * @param make whether the room is new; else it is the stored room of this slug
   * @param slug its address, perhaps not the plan's when another event has that one
   * @param rename whether its name is written
   */
  public record RoomChange(
      boolean make, String slug, String name, boolean rename, List<SessionChange> sessions) {
    public RoomChange {
      sessions = List.copyOf(sessions);
    }
  }

  /**
   * @param id the stored session, or null to make it
   * @param rekey whether the stored session takes the plan's key (the file moved it)
   * @param write whether its title, times and moderator are written
   * @param newPeople the plan's stakeholders who are not listed yet
   * @param topics in the plan's order, which becomes the session's; topics the plan does not name
   *     follow them
   */
  public record SessionChange(
      Long id,
      SessionPlan plan,
      boolean rekey,
      boolean write,
      List<Stakeholder> newPeople,
      List<TopicChange> topics) {
    public SessionChange {
      newPeople = List.copyOf(newPeople);
      topics = List.copyOf(topics);
    }
  }

  /**
   * @param id the stored topic, or null to make it
   * @param move whether it comes from another session
   * @param write whether its details and presenters are written
   * @param newPeople the plan's stakeholders who are not listed yet
   */
  public record TopicChange(
      Long id, TopicPlan plan, boolean move, boolean write, List<Stakeholder> newPeople) {
    public TopicChange {
      newPeople = List.copyOf(newPeople);
    }
  }
}
