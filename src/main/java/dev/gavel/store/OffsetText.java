package dev.gavel.store;

import java.time.OffsetDateTime;
import org.jooq.impl.AbstractConverter;

/**
 * A planned time as ISO-8601 text with its offset ({@code 2026-09-18T09:30+01:00}): the offset is
 * the one the programme shows it in, so it is kept, not turned into UTC.
 */
public final class OffsetText extends AbstractConverter<String, OffsetDateTime> {

  public OffsetText() {
    super(String.class, OffsetDateTime.class);
  }

  @Override
  public OffsetDateTime from(String stored) {
    return stored == null ? null : OffsetDateTime.parse(stored);
  }

  @Override
  public String to(OffsetDateTime value) {
    return value == null ? null : value.toString();
  }
}
