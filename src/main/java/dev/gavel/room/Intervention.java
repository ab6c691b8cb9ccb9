package dev.gavel.room;

/** The moderator's typed interventions besides the pitch cut-off. */
public enum Intervention {
  OFF_TOPIC,
  MAILING_LIST,
  TIME_EXTENSION
}
