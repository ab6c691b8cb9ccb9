package dev.gavel.room;

import java.util.List;

/** What the rules made of a command: events to append, or a refusal that may still be logged. */
public sealed interface Decision {

  List<RoomEvent> events();

  record Accepted(List<RoomEvent> events) implements Decision {
    public Accepted {
      events = List.copyOf(events);
      if (events.isEmpty()) {
        throw new IllegalArgumentException("an accepted command makes at least one event");
      }
    }
  }

  /**
   * @param reason what the moderator is told, in plain words
   * @param events what the session log keeps of the attempt (a refused fourth slide, say); often
   *     nothing
   */
  record Refused(String reason, List<RoomEvent> events) implements Decision {
    public Refused {
      events = List.copyOf(events);
    }
  }

  /**
   * The same relative command from another sender crossed this one: it is done already, and doing
   * it again would double it. Nothing is appended.
   *
   * @param by the sender whose command took effect
   */
  record AlreadyDone(Sender by) implements Decision {
    @Override
    public List<RoomEvent> events() {
      return List.of();
    }
  }

  static Decision accept(RoomEvent... events) {
    return new Accepted(List.of(events));
  }

  static Decision refuse(String reason) {
    return new Refused(reason, List.of());
  }
}
