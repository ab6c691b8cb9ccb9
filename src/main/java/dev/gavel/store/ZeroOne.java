package dev.gavel.store;

import org.jooq.impl.AbstractConverter;

/** A yes/no column as SQLite keeps it, 0 or 1 (the schema checks it is nothing else). */
public final class ZeroOne extends AbstractConverter<Integer, Boolean> {

  public ZeroOne() {
    super(Integer.class, Boolean.class);
  }

  @Override
  public Boolean from(Integer stored) {
    return stored == null ? null : stored != 0;
  }

  @Override
  public Integer to(Boolean value) {
    return value == null ? null : value ? 1 : 0;
  }
}
