package dev.gavel.store;

import java.time.Instant;
import org.jooq.impl.AbstractConverter;

/** An instant as ISO-8601 text in UTC ({@code 2026-09-18T08:30:00Z}), which sorts as it reads. */
public final class InstantText extends AbstractConverter<String, Instant> {

  public InstantText() {
    super(String.class, Instant.class);
  }

  @Override
  public Instant from(String stored) {
    return stored == null ? null : Instant.parse(stored);
  }

  @Override
  public String to(Instant value) {
    return value == null ? null : value.toString();
  }
}
