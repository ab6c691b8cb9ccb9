package dev.gavel.store;

import static dev.gavel.store.schema.Tables.SETTING;

import java.util.function.Supplier;

/** Server-wide values that must survive a restart. */
public final class Settings {

  private final Database database;

  public Settings(Database database) {
    this.database = database;
  }

  /** The stored value, or the supplied one stored now, so the same value comes back next time. */
  public String getOrCreate(String name, Supplier<String> initial) {
    return database.transaction(
        dsl ->
            dsl.select(SETTING.VALUE)
                .from(SETTING)
                .where(SETTING.NAME.eq(name))
                .fetchOptional(SETTING.VALUE)
                .orElseGet(
                    () -> {
                      String value = initial.get();
                      dsl.insertInto(SETTING)
                          .set(SETTING.NAME, name)
                          .set(SETTING.VALUE, value)
                          .execute();
                      return value;
                    }));
  }
}
