package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import java.util.List;

/** An imported programme and what the file held that did not become part of it. */
public record Imported(EventPlan plan, List<Skipped> skipped) {

  public Imported {
    skipped = List.copyOf(skipped);
  }
}
