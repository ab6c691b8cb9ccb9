package dev.gavel.room;

import java.util.Locale;

/**
 * A person whose presence a topic or a session asks for ("tc", "VRF"), and whether they said they
 * will come. Attendees who add themselves to a session are confirmed stakeholders of it.
 *
 * @param area what they are asked to be there for, or null
 */
public record Stakeholder(String name, String area, State state) {

  public enum State {
    REQUESTED,
    CONFIRMED,
    DECLINED;

    /**
     * As forms, files and the wire spell it: {@code requested}, {@code confirmed}, {@code
     * declined}.
     */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static State fromWireName(String name) {
      for (State state : values()) {
        if (state.wireName().equalsIgnoreCase(name == null ? "" : name.strip())) {
          return state;
        }
      }
      throw new IllegalArgumentException(
          "a stakeholder's state is requested, confirmed or declined, not \"" + name + "\"");
    }
  }

  public Stakeholder {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a stakeholder needs a name");
    }
    name = name.strip();
    area = area == null || area.isBlank() ? null : area.strip();
    if (state == null) {
      throw new IllegalArgumentException("stakeholder " + name + " needs a state");
    }
  }

  public static Stakeholder requested(String name, String area) {
    return new Stakeholder(name, area, State.REQUESTED);
  }
}
