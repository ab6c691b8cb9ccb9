package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.Congress;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A congress of 1,000 topics (10 rooms, 4 days) on the organiser's pages: every page stays small
 * enough to open at once, and every topic can still be reached and edited.
 */
class BigEventPagesTest extends ServerTest {

  private static final String EVENT = "/organise/events/bench";
  private static final Pattern TOPIC = Pattern.compile("<li class=\"topic\" id=\"topic-(\\d+)\"");
  private static final Pattern DAY_LINK =
      Pattern.compile("href=\"(/organise/events/bench/rooms/[a-z0-9-]+\\?day=[0-9a-z-]+)\"");

  private OrganiserClient organiser;

  @BeforeEach
  void importTheCongress() {
    organiser = OrganiserClient.organiser(server);
    HttpResponse<String> answer =
        importFile("application/xml", Congress.frabXml("bench", 10, 4, 25));
    assertEquals(200, answer.statusCode(), answer.body());
  }

  @Test
  void theEventPage_isAnOverviewOfBoundedSize_withEachRoomsTopicsPerDay() {
    String page = page(EVENT);

    assertTrue(bytes(page) < 120_000, "the event page has " + bytes(page) + " bytes");
    assertEquals(0, count(TOPIC, page));
    assertTrue(
        count(Pattern.compile("<form"), page) < 40,
        "forms: " + count(Pattern.compile("<form"), page));
    assertEquals(10, count(Pattern.compile("<tr id=\"overview-"), page));
    assertEquals(40, count(DAY_LINK, page));
    assertTrue(page.contains("1000 topics"), page);
    assertTrue(page.contains("No two topics at one time in a room."), page);
  }

  @Test
  void everyTopic_isOnExactlyOneRoomDayPage_andNoPageHoldsMoreThanItsShare() {
    Set<String> seen = new HashSet<>();
    Matcher days = DAY_LINK.matcher(page(EVENT));
    int pages = 0;
    while (days.find()) {
      String page = page(days.group(1).replace("&amp;", "&"));
      pages++;
      assertTrue(bytes(page) < 400_000, days.group(1) + " has " + bytes(page) + " bytes");
      Matcher topics = TOPIC.matcher(page);
      int onPage = 0;
      while (topics.find()) {
        onPage++;
        assertTrue(seen.add(topics.group(1)), "topic " + topics.group(1) + " twice");
      }
      assertEquals(25, onPage, days.group(1));
    }
    assertEquals(40, pages);
    assertEquals(1000, seen.size());
  }

  @Test
  void aChangedTopic_leadsBackToTheRoomPageThatShowsIt() {
    String roomPage = page(EVENT + "/rooms/saal-3?day=2026-12-29");
    Matcher first = TOPIC.matcher(roomPage);
    assertTrue(first.find());
    String id = first.group(1);

    HttpResponse<String> saved =
        organiser.post(
            EVENT + "/topics/" + id,
            Map.of("title", "A retitled talk", "presenters", "Ada", "budget", "20"));
    String back = saved.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> found = organiser.get(back);

    assertEquals(303, saved.statusCode());
    assertEquals(303, found.statusCode());
    assertEquals(
        EVENT + "/rooms/saal-3#topic-" + id, found.headers().firstValue("Location").orElseThrow());
    assertTrue(page(EVENT + "/rooms/saal-3").contains("A retitled talk"));
  }

  @Test
  void aRefusedFormOnARoomPage_comesBackOnThatPageWithItsMessage() {
    Matcher first = TOPIC.matcher(page(EVENT + "/rooms/saal-2?day=2026-12-28"));
    assertTrue(first.find());

    HttpResponse<String> refused =
        organiser.post(
            EVENT + "/topics/" + first.group(1),
            Map.of("title", "", "presenters", "Ada", "budget", "20"));

    assertEquals(422, refused.statusCode());
    assertTrue(refused.body().contains("<h1>Saal 2</h1>"), refused.body());
    assertTrue(refused.body().contains("edit-topic-" + first.group(1) + "-title"));
    assertTrue(bytes(refused.body()) < 400_000, bytes(refused.body()) + " bytes");
  }

  @Test
  void aRoomWithOneTopic_isCountedInTheSingularOnTheOverview() {
    importFile(
        "application/xml",
        workshopAtTen(
            "Tent", "5d1c0b7e-2a43-4f0e-8f51-0c9e2b7a6d11", 99998, "Soldering for beginners"));
    String overview = page(EVENT);

    assertTrue(
        overview.contains(">Tent</a><br><span class=\"muted small\">1 topic</span>"), overview);
  }

  @Test
  void aTopicImportedOnTopOfAnother_isShownAsAClashOnTheOverviewAndTheRoomsPage() {
    String clash =
        workshopAtTen("Saal 1", "0b6c7e0e-3f51-4c8e-9a0c-6a3f7d1c2b99", 99999, "Hands-on lab");

    JsonNode answer = TestServer.json(importFile("application/xml", clash).body());
    String overview = page(EVENT);
    String room = page(EVENT + "/rooms/saal-1?day=2026-12-27");

    assertEquals(2, answer.get("clashes").size());
    assertTrue(
        overview.contains(
            "Saal 1, Sun 27 Dec, 09:10–09:20: <a href=\"/organise/events/bench/rooms/saal-1"),
        overview);
    assertTrue(overview.contains("“Hands-on lab”</a> (09:10–09:40)"), overview);
    assertTrue(room.contains("Topics at one time in this room"), room);
    assertTrue(room.contains("“Talk 1: a title of ordinary length”</a> (09:00–09:20)"), room);
  }

  @Test
  void aSessionTooBigForAPage_isShownInParts_andEachPartHoldsItsTopics() {
    StringBuilder csv = new StringBuilder("Room,Session,Title,Speaker,Duration\n");
    for (int i = 1; i <= 130; i++) {
      csv.append("Hall,Lightning talks,Lightning ").append(i).append(",Speaker ").append(i);
      csv.append(",5\n");
    }
    JsonNode answer =
        TestServer.json(
            server
                .post(
                    "/api/events/import?event=lightning",
                    "text/csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8),
                    TestServer.ORGANISER_SECRET)
                .body());
    String room = page("/organise/events/lightning/rooms/hall");
    String sessionPath = "/organise/events/lightning/sessions/";

    assertEquals(130, answer.get("made").get("topics").asInt());
    assertEquals(0, count(TOPIC, room));
    assertTrue(room.contains("Open the session's 130 topics"), room);
    String first = page(sessionPath + sessionIdOf(room));
    String second = page(sessionPath + sessionIdOf(room) + "?part=2");
    assertEquals(120, count(TOPIC, first));
    assertEquals(10, count(TOPIC, second));
    assertTrue(second.contains("Topics 121–130 of 130"), second);
    assertTrue(second.contains("<ol class=\"topics\" data-session=\"" + sessionIdOf(room)));
  }

  private static String sessionIdOf(String roomPage) {
    Matcher id = Pattern.compile("/organise/events/lightning/sessions/(\\d+)\"").matcher(roomPage);
    assertTrue(id.find(), roomPage);
    return id.group(1);
  }

  private HttpResponse<String> importFile(String type, String body) {
    return server.post(
        "/api/events/import",
        type,
        body.getBytes(StandardCharsets.UTF_8),
        TestServer.ORGANISER_SECRET);
  }

  private String page(String path) {
    HttpResponse<String> page = organiser.get(path);
    assertEquals(200, page.statusCode(), path + ": " + page.body());
    return page.body();
  }

  private static int bytes(String page) {
    return page.getBytes(StandardCharsets.UTF_8).length;
  }

  private static int count(Pattern pattern, String text) {
    return (int) pattern.matcher(text).results().count();
  }

  /**
   * A frab file of the congress with one half-hour workshop at 09:10 on its first day, beyond the
   * generated ids.
   */
  private static String workshopAtTen(String room, String guid, int id, String title) {
    return """
        <schedule><version>1</version><conference><acronym>bench</acronym>
        <title>Bench Congress</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
        <day index="1" date="2026-12-27"><room name="%1$s">
        <event guid="%2$s" id="%4$d">
        <date>2026-12-27T09:10:00+01:00</date><start>09:10</start><duration>00:30</duration>
        <room>%1$s</room><title>%3$s</title><type>workshop</type></event>
        </room></day></schedule>
        """
        .formatted(room, guid, title, id);
  }
}
