package dev.gavel.programme;

import java.util.Locale;

/**
 * An import that stopped part way, by a failure or a crash: the chunks it had written stay, the
 * rest of the file does not. Importing the same file again completes it, making nothing twice.
 *
 * @param id the import's record
 * @param event the event's slug
 * @param startedAt when it started, in UTC as the database keeps it
 * @param sessions how many sessions the file has
 * @param topics how many topics the file has
 * @param writtenSessions how many of them were written
 * @param writtenTopics how many of them were written
 */
public record UnfinishedImport(
    long id,
    String event,
    String startedAt,
    int sessions,
    int topics,
    int writtenSessions,
    int writtenTopics) {

  /** What an organiser needs to know and do, in one sentence. */
  public String sentence() {
    return String.format(
        Locale.ROOT,
        "the import of event \"%s\" started %s UTC stopped after writing %,d of its %,d topics"
            + " (%,d of %,d sessions); what it wrote stays, and importing the same file again"
            + " completes it",
        event,
        startedAt,
        writtenTopics,
        topics,
        writtenSessions,
        sessions);
  }
}
