package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.Corpus;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * DebConf 23's whole schedule, as its organisers published it, imported through the API of a real
 * server: what the answer says, and that the file and Gavel's exports of it recognise each other.
 */
class RealCongressImportTest extends ServerTest {

  private static final String IMPORT = "/api/events/import";

  private static byte[] debconf() {
    return Corpus.file("debconf-23.xml");
  }

  private JsonNode post(String query, byte[] body) {
    HttpResponse<String> response =
        server.post(IMPORT + query, "application/xml", body, TestServer.ORGANISER_SECRET);
    assertEquals(200, response.statusCode(), response.body());
    return TestServer.json(response.body());
  }

  private static void assertCounts(JsonNode answer, int made, int unchanged) {
    assertEquals(made, answer.at("/made/topics").asInt(), answer.toString());
    assertEquals(0, answer.at("/updated/topics").asInt(), answer.toString());
    assertEquals(unchanged, answer.at("/unchanged/topics").asInt(), answer.toString());
  }

  @Test
  void debconf23_importsEveryTalk_skipsEachMealByName_andAssumesNoZone() {
    JsonNode answer = post("", debconf());

    assertCounts(answer, 86, 0);
    assertEquals("debconf23", answer.get("slug").asText());
    assertEquals("Asia/Kolkata", answer.get("timeZone").asText());
    assertEquals(31, answer.get("skipped").size());
    assertEquals(
        "Breakfast, 2023-09-10 07:00: a break, not a topic",
        answer.at("/skipped/0/item").asText() + ": " + answer.at("/skipped/0/reason").asText());
    assertEquals(0, answer.get("adjusted").size(), answer.toString());
    assertEquals(0, answer.get("notes").size(), answer.toString());
    assertEquals(0, answer.get("clashes").size(), answer.toString());
  }

  @Test
  void debconf23_organisersPage_opensWithEveryTalkOnIt_andTheOpeningAtKochisTime() {
    post("", debconf());

    HttpResponse<String> page = OrganiserClient.organiser(server).get("/organise/events/debconf23");

    assertEquals(200, page.statusCode(), page.body());
    assertEquals(
        86,
        Pattern.compile("<li class=\"topic\" id=\"topic-").splitAsStream(page.body()).count() - 1);
    assertTrue(page.body().contains("Anamudi, Sun 10 Sep 10:30"), page.body());
    assertTrue(page.body().contains("times in Asia/Kolkata"), page.body());
  }

  @Test
  void debconf23_andGavelsExportsOfIt_recogniseEveryTalk_inTheSameEventOrACopy() {
    post("", debconf());
    String xml = server.get("/api/events/debconf23/schedule.xml").body();
    String json = server.get("/api/events/debconf23/schedule.json").body();
    assertTrue(xml.contains("<time_zone_name>Asia/Kolkata</time_zone_name>"), xml);
    assertCounts(post("?event=debconf-copy", xml.getBytes(StandardCharsets.UTF_8)), 86, 0);

    for (JsonNode answer :
        List.of(
            post("", debconf()),
            post("", xml.getBytes(StandardCharsets.UTF_8)),
            post("?event=debconf-copy", debconf()))) {
      assertCounts(answer, 0, 86);
    }
    HttpResponse<String> again =
        server.post(
            IMPORT,
            "application/json",
            json.getBytes(StandardCharsets.UTF_8),
            TestServer.ORGANISER_SECRET);
    assertEquals(200, again.statusCode(), again.body());
    assertCounts(TestServer.json(again.body()), 0, 86);
  }
}
