package dev.gavel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Importing and exporting the programme over HTTP, against the real server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScheduleApiTest extends ServerTest {

  private static final String IMPORT = "/api/events/import";
  private static final String ORGANISER = TestServer.ORGANISER_SECRET;

  private static byte[] resource(String name) {
    try (InputStream in = ScheduleApiTest.class.getResourceAsStream("/organise/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> importXml(byte[] body) {
    return server.post(IMPORT, "application/xml", body, ORGANISER);
  }

  private List<String> roomSlugs() {
    List<String> slugs = new ArrayList<>();
    TestServer.json(server.get("/api/rooms").body())
        .forEach(room -> slugs.add(room.get("slug").asText()));
    return slugs;
  }

  @Test
  void aFrabSchedule_becomesRoomsSessionsAndTopicsThatRunAtOnce() {
    HttpResponse<String> response = importXml(resource("netdev-schedule.xml"));

    assertEquals(200, response.statusCode(), response.body());
    JsonNode answer = TestServer.json(response.body());
    assertEquals("netdev0x19", answer.get("slug").asText());
    assertEquals(2, answer.at("/made/rooms").asInt());
    assertEquals(2, answer.at("/made/sessions").asInt());
    assertEquals(3, answer.at("/made/topics").asInt());
    assertEquals(List.of("networking", "salle-emile", "lodz"), roomSlugs());

    JsonNode state = TestServer.json(server.get("/api/rooms/salle-emile/state").body());
    assertEquals("XDP in the real world", state.at("/next/title").asText());
    assertEquals("Toke Høiland-Jørgensen", state.at("/next/presenters/1").asText());
  }

  @Test
  void importingTheSameFileTwice_makesNothingNew() {
    importXml(resource("netdev-schedule.xml"));

    JsonNode again = TestServer.json(importXml(resource("netdev-schedule.xml")).body());

    assertEquals(0, again.at("/made/topics").asInt());
    assertEquals(0, again.at("/updated/topics").asInt());
    assertEquals(3, again.at("/unchanged/topics").asInt());
    assertEquals(3, roomSlugs().size());
  }

  @Test
  void theProgramme_comesBackAsFrabXmlICalendarAndJson() {
    importXml(resource("netdev-schedule.xml"));

    HttpResponse<String> xml = server.get("/api/events/netdev0x19/schedule.xml");
    HttpResponse<String> ics = server.get("/api/events/netdev0x19/schedule.ics");
    HttpResponse<String> json = server.get("/api/events/netdev0x19/schedule.json");

    assertEquals(200, xml.statusCode());
    assertTrue(
        xml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
    assertTrue(xml.body().contains("<title>tc for the rest of us</title>"), xml.body());
    assertEquals(200, ics.statusCode());
    assertTrue(ics.body().startsWith("BEGIN:VCALENDAR"), ics.body());
    assertTrue(ics.body().contains("IPv6-only data centres"), ics.body());
    assertEquals(200, json.statusCode());
    assertEquals(
        "Netdev 0x19", TestServer.json(json.body()).at("/schedule/conference/title").asText());

    HttpResponse<String> again =
        server.post(
            IMPORT, "application/xml", xml.body().getBytes(StandardCharsets.UTF_8), ORGANISER);
    assertEquals(3, TestServer.json(again.body()).at("/unchanged/topics").asInt(), again.body());
    assertEquals(404, server.get("/api/events/nothing-here/schedule.json").statusCode());
  }

  @Test
  void aViewerOfARoom_seesItsProgrammeChangeWhenAScheduleIsImported() {
    try (LiveClient viewer = server.viewer()) {
      viewer.next("snapshot");
      String frab =
          new String(resource("netdev-schedule.xml"), StandardCharsets.UTF_8)
              .replace("<acronym>netdev0x19</acronym>", "<acronym>lpc2015</acronym>")
              .replace("Salle Émile", "Networking");

      assertEquals(200, importXml(frab.getBytes(StandardCharsets.UTF_8)).statusCode());

      JsonNode snapshot = viewer.nextOf("snapshot");
      List<String> titles = new ArrayList<>();
      snapshot.at("/state/agenda").forEach(item -> titles.add(item.get("title").asText()));
      assertTrue(titles.contains("tc for the rest of us"), titles.toString());
      assertTrue(titles.contains("A new VRF proposal"), titles.toString());
    }
  }

  @Test
  void aSpreadsheet_isADraftAndItsTimesAreReadInTheEventsOwnZone() {
    String csv =
        "room,title,start,duration,presenters\n"
            + "Networking,Open floor,2015-08-20T13:00,30,Everyone\n";
    byte[] body = csv.getBytes(StandardCharsets.UTF_8);

    JsonNode draft =
        TestServer.json(server.post(IMPORT + "?event=drafts", "text/csv", body, ORGANISER).body());
    JsonNode into =
        TestServer.json(server.post(IMPORT + "?event=lpc2015", "text/csv", body, ORGANISER).body());

    assertFalse(draft.get("published").asBoolean(), draft.toString());
    assertEquals(404, server.get("/api/events/drafts/schedule.json").statusCode());
    assertTrue(into.get("published").asBoolean(), into.toString());
    String ics = server.get("/api/events/lpc2015/schedule.ics").body();
    assertTrue(ics.contains("DTSTART:20150820T200000Z"), ics);
  }

  @Test
  void onlyTheOrganiser_mayImport() {
    assertEquals(
        401,
        server.post(IMPORT, "application/xml", resource("netdev-schedule.xml"), null).statusCode());
    assertEquals(
        403,
        server
            .post(IMPORT, "application/xml", resource("netdev-schedule.xml"), server.moderatorKey())
            .statusCode());
    assertEquals(List.of("networking"), roomSlugs());
  }

  @Test
  void badFiles_areRefusedWithAReasonAndChangeNothing() {
    assertRefused(
        415,
        "text/plain",
        "hello".getBytes(StandardCharsets.UTF_8),
        "cannot import \"text/plain\"");
    assertRefused(
        400, "application/xml", "<schedule><conference>".getBytes(StandardCharsets.UTF_8), "");
    String entity =
        "<?xml version=\"1.0\"?><!DOCTYPE schedule [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<schedule><conference><title>&x;</title></conference></schedule>";
    HttpResponse<String> xxe =
        assertRefused(400, "application/xml", entity.getBytes(StandardCharsets.UTF_8), "DOCTYPE");
    assertFalse(xxe.body().contains("root:"), xxe.body());
    assertRefused(413, "application/xml", new byte[11 * 1024 * 1024], "10 MB");
    assertEquals(List.of("networking"), roomSlugs());
  }

  private HttpResponse<String> assertRefused(int status, String type, byte[] body, String message) {
    HttpResponse<String> response = server.post(IMPORT, type, body, ORGANISER);
    assertEquals(status, response.statusCode(), response.body());
    String error = TestServer.json(response.body()).get("error").asText();
    assertTrue(error.contains(message), error);
    return response;
  }
}
