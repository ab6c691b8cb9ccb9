package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import java.util.List;

/**
 * An imported programme and what the import has to say about the file.
 *
 * @param skipped items that did not become topics, each with why
 * @param adjusted items that became topics, but not as the file has them
 * @param notes what concerns the whole file: the zone Gavel assumed, columns it did not read
 */
public record Imported(
    EventPlan plan, List<Skipped> skipped, List<Adjusted> adjusted, List<String> notes) {

  public Imported {
    skipped = List.copyOf(skipped);
    adjusted = List.copyOf(adjusted);
    notes = List.copyOf(notes);
  }
}
