package dev.gavel.store;

import static dev.gavel.store.schema.Tables.SETTING;

import java.util.Optional;

/** Server-wide values that must survive a restart. */
public final class Settings {

  private final Database database;

  public Settings(Database database) {
    this.database = database;
  }

  public Optional<String> get(String name) {
    return database.read(
        dsl ->
            dsl.select(SETTING.VALUE)
                .from(SETTING)
                .where(SETTING.NAME.eq(name))
                .fetchOptional(SETTING.VALUE));
  }

  /** Stores the value, replacing any earlier one. */
  public void put(String name, String value) {
    database.transaction(
        dsl ->
            dsl.insertInto(SETTING)
                .set(SETTING.NAME, name)
                .set(SETTING.VALUE, value)
                .onConflict(SETTING.NAME)
                .doUpdate()
                .set(SETTING.VALUE, value)
                .execute());
  }
}
