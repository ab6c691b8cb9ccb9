package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the import API answers, against the real server: a dry run that says exactly what the import
 * would do and changes nothing, clashes in a room, zones an organiser set, and identities that
 * survive Gavel's own exports.
 */
class ImportAnswerTest extends ServerTest {

  private static final String IMPORT = "/api/events/import";

  private static byte[] corpus(String name) {
    try (InputStream in = ImportAnswerTest.class.getResourceAsStream("/corpus/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode post(String query, String type, byte[] body) {
    HttpResponse<String> response =
        server.post(IMPORT + query, type, body, TestServer.ORGANISER_SECRET);
    assertEquals(200, response.statusCode(), response.body());
    return TestServer.json(response.body());
  }

  private JsonNode post(String query, String type, String body) {
    return post(query, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.get(field).asText()));
    return texts;
  }

  @Test
  void dryRun_answersExactlyWhatTheImportDoes_andChangesNothing() {
    JsonNode dry = post("?dryRun=true", "application/xml", corpus("ccc-36c3.xml"));

    assertTrue(dry.get("dryRun").asBoolean());
    assertEquals(404, server.get("/api/events/36c3/schedule.json").statusCode());
    JsonNode done = post("", "application/xml", corpus("ccc-36c3.xml"));
    assertFalse(done.get("dryRun").asBoolean());
    for (String field :
        List.of(
            "eventMade",
            "timeZone",
            "made",
            "updated",
            "unchanged",
            "skipped",
            "adjusted",
            "notes",
            "clashes")) {
      assertEquals(dry.get(field), done.get(field), field);
    }
    assertEquals(texts(dry.get("topics"), "action"), texts(done.get("topics"), "action"));
    assertEquals(texts(dry.get("topics"), "key"), texts(done.get("topics"), "key"));
    assertEquals(4, done.at("/made/topics").asInt());
    assertEquals("Europe/Berlin", done.get("timeZone").asText());
  }

  @Test
  void aDryRunOfAReimport_namesWhatWouldChange() {
    post("", "application/xml", corpus("ccc-36c3.xml"));
    String moved =
        new String(corpus("ccc-36c3.xml"), StandardCharsets.UTF_8)
            .replace("<title>Opening Ceremony</title>", "<title>Opening</title>");

    JsonNode dry = post("?dryRun=true", "application/xml", moved);

    JsonNode opening = dry.at("/topics/0");
    assertEquals("updated", opening.get("action").asText());
    assertEquals("[\"title\"]", opening.get("changed").toString());
    assertEquals(3, dry.at("/unchanged/topics").asInt());
    assertTrue(
        server.get("/api/events/36c3/schedule.xml").body().contains("Opening Ceremony"),
        "the dry run changed nothing");
  }

  @Test
  void aTopicOnTopOfOneAlreadyInTheRoom_isAClashInTheAnswer() {
    JsonNode first = post("", "application/xml", corpus("ccc-36c3.xml"));
    long opening = first.at("/topics/0/id").asLong();
    String csv = "Room,Title,Start,Duration\nAda,Hands-on lab,2019-12-27T11:10,15\n";

    JsonNode answer = post("?event=36c3", "text/csv", csv);

    assertEquals(1, answer.get("clashes").size(), answer.toString());
    JsonNode clash = answer.at("/clashes/0");
    assertEquals("ada", clash.get("room").asText());
    assertEquals("Hands-on lab", clash.at("/first/title").asText());
    assertTrue(clash.at("/first/inFile").asBoolean());
    assertEquals("Opening Ceremony", clash.at("/second/title").asText());
    assertEquals(opening, clash.at("/second/id").asLong());
    assertFalse(clash.at("/second/inFile").asBoolean());
    assertEquals("2019-12-27T11:10:00+01:00", clash.at("/first/start").asText());
  }

  @Test
  void twoItemsAtOneTimeInOneLocation_areBothTaken_andReportedAsAClash() {
    String ics =
        """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//camp//EN
        X-WR-CALNAME:Camp
        X-WR-TIMEZONE:Europe/Berlin
        BEGIN:VEVENT
        UID:1
        DTSTART;TZID=Europe/Berlin:20260818T140000
        DTEND;TZID=Europe/Berlin:20260818T150000
        SUMMARY:Soldering lab
        LOCATION:Workshop tent
        END:VEVENT
        BEGIN:VEVENT
        UID:2
        DTSTART;TZID=Europe/Berlin:20260818T141500
        DTEND;TZID=Europe/Berlin:20260818T144500
        SUMMARY:Lightning talk
        LOCATION:Workshop tent
        END:VEVENT
        END:VCALENDAR
        """;

    JsonNode answer = post("", "text/calendar", ics);

    assertEquals(2, answer.at("/made/topics").asInt());
    JsonNode clash = answer.at("/clashes/0");
    assertEquals("Soldering lab", clash.at("/first/title").asText());
    assertEquals("Lightning talk", clash.at("/second/title").asText());
    assertTrue(clash.at("/second/inFile").asBoolean());
  }

  @Test
  void aReimport_neverResetsTheZoneTheOrganiserSet() {
    JsonNode set = post("?timeZone=Europe/Amsterdam", "application/xml", corpus("ccc-36c3.xml"));

    JsonNode again = post("", "application/xml", corpus("ccc-36c3.xml"));

    assertEquals("Europe/Amsterdam", set.get("timeZone").asText());
    assertEquals("Europe/Amsterdam", again.get("timeZone").asText());
    assertEquals(4, again.at("/unchanged/topics").asInt());
    assertTrue(
        server
            .get("/api/events/36c3/schedule.xml")
            .body()
            .contains("<time_zone_name>Europe/Amsterdam</time_zone_name>"));
  }

  @Test
  void topicsWhoseIdsAreNotUuids_surviveEveryExportOfTheirOwnEvent() {
    post("", "application/xml", corpus("fosdem-2018.xml"));
    String xml = server.get("/api/events/fosdem-2018/schedule.xml").body();
    String json = server.get("/api/events/fosdem-2018/schedule.json").body();
    String gavel = server.get("/api/events/fosdem-2018/gavel.json").body();
    String ics = server.get("/api/events/fosdem-2018/schedule.ics").body();

    for (JsonNode answer :
        List.of(
            post("", "application/xml", xml),
            post("", "application/json", json),
            post("", "application/json", gavel),
            post("?event=fosdem-2018", "text/calendar", ics),
            post("", "application/xml", corpus("fosdem-2018.xml")))) {
      assertEquals(0, answer.at("/made/topics").asInt(), answer.toString());
      assertEquals(0, answer.at("/updated/topics").asInt(), answer.toString());
      assertEquals(2, answer.at("/unchanged/topics").asInt(), answer.toString());
    }
  }

  @Test
  void theOriginalFile_recognisesItsTopicsInAnEventMadeFromGavelsExport() {
    post("", "application/xml", corpus("fosdem-2018.xml"));
    String xml = server.get("/api/events/fosdem-2018/schedule.xml").body();
    post("?event=fosdem-copy", "application/xml", xml);

    JsonNode original = post("?event=fosdem-copy", "application/xml", corpus("fosdem-2018.xml"));

    assertEquals(0, original.at("/made/topics").asInt(), original.toString());
    assertEquals(2, original.at("/unchanged/topics").asInt(), original.toString());
  }

  @Test
  void gavelJson_isTheWholeProgramme_atItsOwnAddress_andScheduleJsonHasNoGavelMember() {
    post("", "application/xml", corpus("fosdem-2018.xml"));

    JsonNode gavel = TestServer.json(server.get("/api/events/fosdem-2018/gavel.json").body());
    JsonNode schedule = TestServer.json(server.get("/api/events/fosdem-2018/schedule.json").body());

    assertEquals("Europe/Brussels", gavel.at("/gavel/event/timeZone").asText());
    assertEquals("6245", gavel.at("/gavel/event/rooms/0/sessions/0/topics/0/key").asText());
    assertFalse(((ObjectNode) schedule).has("gavel"));
    assertTrue(
        schedule.at("/schedule/base_url").asText().endsWith("/events/fosdem-2018/"),
        schedule.toString());
  }
}
