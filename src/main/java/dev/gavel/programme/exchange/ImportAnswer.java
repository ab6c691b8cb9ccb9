package dev.gavel.programme.exchange;

import dev.gavel.programme.ImportResult;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The answer to an import or a dry run, as the API sends it: what the file held that Gavel took as
 * it is, took with an adjustment or skipped, and what the import makes, changes and leaves alone in
 * the stored programme, with the clashes it leaves in a room. A dry run answers exactly what the
 * import would, and changes nothing.
 *
 * @param dryRun whether nothing was changed
 * @param published whether the event is (or, in a dry run, would be) public
 * @param notes about the whole file and the event: the zone Gavel assumed, a room given another
 *     slug, columns not read
 * @param schedule where the event's programme is exported
 */
public record ImportAnswer(
    String slug,
    boolean dryRun,
    boolean eventMade,
    boolean published,
    String timeZone,
    ImportResult.Tally made,
    ImportResult.Tally updated,
    ImportResult.Tally unchanged,
    List<Skipped> skipped,
    List<Adjusted> adjusted,
    List<String> notes,
    List<ImportResult.Clash> clashes,
    List<Topic> topics,
    String schedule) {

  /**
   * A topic of the file and its fate: {@code made}, {@code updated} (with what changes) or {@code
   * unchanged}; {@code id} is the stored topic, null for one made in a dry run.
   */
  public record Topic(
      String action,
      Long id,
      String key,
      String title,
      String room,
      OffsetDateTime start,
      List<String> changed) {}

  /**
   * @param schedule where the event's programme is exported, from the route catalogue
   */
  public static ImportAnswer of(
      Imported imported, ImportResult result, boolean published, boolean dryRun, String schedule) {
    List<String> notes = new ArrayList<>(imported.notes());
    notes.addAll(result.notes());
    return new ImportAnswer(
        result.event(),
        dryRun,
        result.eventMade(),
        published,
        imported.plan().timeZone().getId(),
        result.made(),
        result.updated(),
        result.unchanged(),
        imported.skipped(),
        imported.adjusted(),
        notes,
        result.clashes(),
        result.topics().stream()
            .map(
                topic ->
                    new Topic(
                        topic.action().name().toLowerCase(Locale.ROOT),
                        topic.id(),
                        topic.key(),
                        topic.title(),
                        topic.room(),
                        topic.start(),
                        topic.changed()))
            .toList(),
        schedule);
  }
}
