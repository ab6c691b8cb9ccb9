package dev.gavel.programme;

import java.util.List;

/**
 * What importing a programme did: how many rooms, sessions and topics it made, changed and found
 * already as the file has them (a second import of the same file makes and changes nothing).
 *
 * @param event the event's slug
 * @param notes things a person should know, such as a room given another slug
 */
public record ImportResult(
    String event,
    boolean eventMade,
    Tally made,
    Tally updated,
    Tally unchanged,
    List<String> notes) {

  public ImportResult {
    notes = List.copyOf(notes);
  }

  public record Tally(int rooms, int sessions, int topics) {}
}
