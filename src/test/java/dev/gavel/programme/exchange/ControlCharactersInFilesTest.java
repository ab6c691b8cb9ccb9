package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.programme.EventPlan.TopicPlan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A schedule whose titles and names carry characters a person could not type into Gavel: the file
 * is taken, each such field without them, and the answer names each one.
 */
class ControlCharactersInFilesTest {

  private static final String JSON =
      """
      {"schedule": {"version": "1", "conference": {"acronym": "bell", "title": "Bell Con",
        "time_zone_name": "Europe/Berlin", "days": [{"index": 1, "date": "2026-09-18",
        "rooms": {"Hall": [{"guid": "0f5e3c1a-8d2b-4c6e-9a7f-1b2c3d4e5f60", "id": 7,
          "date": "2026-09-18T10:00:00+02:00", "start": "10:00", "duration": "00:30",
          "room": "Hall", "title": "Ring the \\u0007bell", "subtitle": "", "track": "Sound\\ttrack",
          "type": "talk", "language": "en", "abstract": "Line one\\nline two\\u0000.",
          "persons": [{"id": 12, "public_name": "Ada \\u202eLovelace"}],
          "links": []}]}}]}}}
      """;

  private static Imported read() {
    return ScheduleImport.read(
        ScheduleFormat.PRETALX_JSON, JSON.getBytes(StandardCharsets.UTF_8), ImportOptions.none());
  }

  @Test
  void aTitleNameTrackAndAbstractWithControlCharacters_areTakenWithoutThem_eachReported() {
    Imported imported = read();
    TopicPlan topic = imported.plan().topics().getFirst();

    assertEquals("Ring the bell", topic.title());
    assertEquals(List.of("Ada Lovelace"), topic.presenters());
    assertEquals("Sound track", topic.category());
    assertEquals("Line one\nline two.", topic.abstractText());
    assertEquals(Map.of("Ada Lovelace", "12"), topic.listing().personIds());
    String item = "Ring the bell, 2026-09-18 10:00";
    assertEquals(
        List.of(
            new Adjusted(
                item,
                "its title contains an invisible control character (U+0007)",
                "taken without it (a line break or tab as a space)"),
            new Adjusted(
                item,
                "a presenter's name contains an invisible direction override (U+202E)",
                "taken without it (a line break or tab as a space)"),
            new Adjusted(
                item,
                "its track contains a tab; use spaces",
                "taken without it (a line break or tab as a space)"),
            new Adjusted(
                item,
                "its abstract contains an invisible control character (U+0000)",
                "taken without it")),
        imported.adjusted());
  }

  @Test
  void theCleanedFile_exportsAndReadsBackWithoutAdjustments() {
    String xml = ScheduleExport.frabXml(read().plan(), Plans.DAY);

    TestFiles.assertValidFrab(xml);
    Imported again =
        ScheduleImport.read(
            ScheduleFormat.FRAB_XML, xml.getBytes(StandardCharsets.UTF_8), ImportOptions.none());
    assertEquals(List.of(), again.adjusted());
    assertEquals("Ring the bell", again.plan().topics().getFirst().title());
  }
}
