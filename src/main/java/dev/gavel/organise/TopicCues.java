package dev.gavel.organise;

import dev.gavel.html.TimeWords;
import dev.gavel.programme.Programme;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.room.CueTimes;
import java.time.Duration;

/**
 * The checks between an event's thresholds and its topics' own: a topic that sets only its warning
 * keeps its event's danger, which must not come before that warning. Each refuses with the message
 * beside the field to change; nothing is stored.
 */
final class TopicCues {

  private TopicCues() {}

  /** A topic's own warning, over the event's danger when the topic sets none of its own. */
  static void refuseWarningAfterEventsDanger(Programme event, CueTimes topic) {
    Duration danger = event.pacing().event().danger();
    if (topic.warning() != null
        && topic.danger() == null
        && danger != null
        && topic.warning().compareTo(danger) < 0) {
      throw new ProgrammeException(
          "warning",
          "The warning ("
              + TimeWords.minutesSeconds(topic.warning())
              + ") would come after the event's danger ("
              + TimeWords.minutesSeconds(danger)
              + "): give this topic a danger of its own, at most its warning.");
    }
  }

  /** The event's new danger, under every topic that sets its warning but not its danger. */
  static void refuseDangerBeforeTopicsWarning(Programme event, CueTimes cues) {
    if (cues.danger() == null) {
      return;
    }
    event.rooms().stream()
        .flatMap(room -> room.sessions().stream())
        .flatMap(session -> session.topics().stream())
        .filter(
            topic -> {
              CueTimes own = event.cues(topic.id());
              return own.warning() != null
                  && own.danger() == null
                  && own.warning().compareTo(cues.danger()) < 0;
            })
        .findFirst()
        .ifPresent(
            topic -> {
              throw new ProgrammeException(
                  "danger",
                  "The danger ("
                      + TimeWords.minutesSeconds(cues.danger())
                      + ") would come before the warning of “"
                      + topic.title()
                      + "” ("
                      + TimeWords.minutesSeconds(event.cues(topic.id()).warning())
                      + "): give that topic a danger of its own, or a shorter one here.");
            });
  }
}
