package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The organiser's pages and the public programme over real HTTP, against the demo programme. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrganiseHttpTest extends ServerTest {

  private static final String EVENT = "/organise/events/lpc2015";

  @Test
  void withoutTheSecret_everyOrganiserPageIsRefusedAndOffersNoForm() {
    OrganiserClient visitor = OrganiserClient.visitor(server);

    for (String path : List.of("/organise", EVENT, "/organise?key=wrong")) {
      HttpResponse<String> page = visitor.get(path);
      assertEquals(403, page.statusCode(), path);
      assertTrue(page.body().contains("/organise?key="), path);
      assertFalse(page.body().contains("<form"), path);
    }
    assertEquals(403, visitor.post(EVENT + "/publish", Map.of("published", "false")).statusCode());
    assertEquals(200, visitor.get("/events/lpc2015").statusCode());
  }

  @Test
  void anUnpublishedProgramme_isNotShownAndTakesNoProposals() {
    assertEquals(
        303,
        OrganiserClient.organiser(server)
            .post(EVENT + "/publish", Map.of("published", "false"))
            .statusCode());
    OrganiserClient visitor = OrganiserClient.visitor(server);

    HttpResponse<String> page = visitor.get("/events/lpc2015");

    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("not published yet"));
    assertEquals(
        404,
        visitor.post("/sessions/1/propose", Map.of("title", "T", "presenters", "P")).statusCode());
  }

  @Test
  void theLinkWithTheKey_setsAStrictCookieAndDropsTheKeyFromTheAddress() {
    HttpResponse<String> login = server.get("/organise?key=" + TestServer.ORGANISER_SECRET);

    assertEquals(303, login.statusCode());
    assertEquals("/organise", login.headers().firstValue("Location").orElseThrow());
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Strict")
            && cookie.contains("Path=/"),
        cookie);
    assertFalse(
        cookie.contains(TestServer.ORGANISER_SECRET), "the cookie holds a digest, not the secret");

    HttpResponse<String> home =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/organise"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .build());
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("Linux Plumbers Conference 2015"));
  }

  @Test
  void aPostFromAnotherSitesPage_isRefusedAndChangesNothing() {
    HttpResponse<String> refused =
        OrganiserClient.organiser(server)
            .from("http://evil.example")
            .post(EVENT + "/publish", Map.of("published", "false"));

    assertEquals(403, refused.statusCode());
    assertEquals(200, server.get("/events/lpc2015").statusCode());
  }

  @Test
  void aBadTopic_comesBackWith422TheValuesAndTheMessageBesideTheField_andNothingChanges() {
    int topicsBefore = server.state().get("agenda").size();

    HttpResponse<String> page =
        OrganiserClient.organiser(server)
            .post(
                EVENT + "/sessions/1/topics",
                Map.of("title", "Routing <daemons>", "presenters", "Ana", "budget", "0"));

    assertEquals(422, page.statusCode());
    String body = page.body();
    assertTrue(
        body.contains("aria-describedby=\"add-topic-1-budget-error\""),
        "the field points at its message");
    assertTrue(
        body.contains(
            "<p class=\"field-error\" id=\"add-topic-1-budget-error\">The time budget in minutes is"
                + " a whole number from 1 to 600.</p>"));
    assertTrue(body.contains("value=\"Routing &lt;daemons&gt;\""), "the title is kept, escaped");
    assertTrue(body.contains("class=\"error-summary\""));
    assertEquals(topicsBefore, server.state().get("agenda").size());
  }

  @Test
  void aTakenRoomSlug_isShownBesideTheSlugField() {
    HttpResponse<String> page =
        OrganiserClient.organiser(server)
            .post(EVENT + "/rooms", Map.of("slug", "networking", "name", "Again"));

    assertEquals(422, page.statusCode());
    assertTrue(page.body().contains("id=\"add-room-slug-error\""), page.body());
  }

  @Test
  void aProposalOnceAccepted_isATopicOnTheRoomsAgenda() {
    OrganiserClient organiser = OrganiserClient.organiser(server);
    OrganiserClient visitor = OrganiserClient.visitor(server);

    HttpResponse<String> sent =
        visitor.post(
            "/sessions/1/propose",
            Map.of(
                "title",
                "MPTCP upstreaming",
                "presenters",
                "Mat Martineau\nPaolo Abeni",
                "abstract",
                "Where it stands."));
    assertEquals(303, sent.statusCode());
    assertEquals("/sessions/1/proposed", sent.headers().firstValue("Location").orElseThrow());
    assertTrue(visitor.get("/sessions/1/proposed").body().contains("organiser will review it"));

    Matcher proposal =
        Pattern.compile("id=\"proposal-(\\d+)\"").matcher(organiser.get(EVENT).body());
    assertTrue(proposal.find());
    assertEquals(
        303,
        organiser
            .post(EVENT + "/proposals/" + proposal.group(1) + "/accept", Map.of("budget", "10"))
            .statusCode());

    JsonNode agenda = server.state().get("agenda");
    assertTrue(
        StreamSupport.stream(agenda.spliterator(), false)
            .anyMatch(item -> item.path("title").asText().equals("MPTCP upstreaming")),
        agenda.toString());
    assertTrue(visitor.get("/events/lpc2015").body().contains("MPTCP upstreaming"));
  }

  @Test
  void aProposalWithoutPresenters_isRefusedWith422() {
    HttpResponse<String> page =
        OrganiserClient.visitor(server)
            .post("/sessions/1/propose", Map.of("title", "T", "presenters", ""));

    assertEquals(422, page.statusCode());
    assertTrue(page.body().contains("At least one presenter is required"));
  }

  @Test
  void whatAVisitorTypes_isTextOnTheOrganisersPageNeverMarkup() {
    OrganiserClient.visitor(server)
        .post(
            "/sessions/1/propose",
            Map.of(
                "title",
                "<script>alert(1)</script>",
                "presenters",
                "\"><img src=x onerror=alert(2)>"));

    String page = OrganiserClient.organiser(server).get(EVENT).body();

    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
    assertFalse(page.contains("<script>alert") || page.contains("<img src=x"));
  }

  @Test
  void twoIpv6TopicsAtOnceInTwoRooms_areListedAsAClashInPlainWords() {
    OrganiserClient organiser = OrganiserClient.organiser(server);
    organiser.post(EVENT + "/rooms", Map.of("slug", "room-b", "name", "Room B"));
    HttpResponse<String> session =
        organiser.post(
            EVENT + "/rooms/room-b/sessions",
            Map.of("title", "Parallel", "start", "2015-08-20T09:30", "end", "2015-08-20T10:30"));
    String sessionId =
        session.headers().firstValue("Location").orElseThrow().replaceAll(".*#session-", "");

    organiser.post(
        EVENT + "/sessions/" + sessionId + "/topics",
        Map.of("title", "IPv6 again", "presenters", "Eve", "category", "IPv6", "budget", "15"));

    String page = organiser.get(EVENT).body();
    assertTrue(page.contains("&#39;IPv6 again&#39; in Room B"), page);
    assertTrue(page.contains("overlap 09:30–09:45"));
  }

  @Test
  void aTakenEventSlug_isShownBesideTheSlugOnTheStartPage() {
    HttpResponse<String> page =
        OrganiserClient.organiser(server)
            .post(
                "/organise/events",
                Map.of("slug", "lpc2015", "title", "Again", "slideLimit", "3", "timeZone", "UTC"));

    assertEquals(422, page.statusCode());
    assertTrue(page.body().contains("id=\"new-event-slug-error\""));
    assertTrue(page.body().contains("value=\"Again\""));
  }

  @Test
  void aTopicsStakeholder_isAddedDeclinedAndRemoved() {
    OrganiserClient organiser = OrganiserClient.organiser(server);
    List<String> before = stakeholderIds(organiser.get(EVENT).body());

    HttpResponse<String> added =
        organiser.post(
            EVENT + "/topics/2/stakeholders",
            Map.of("name", "Pat Tunnel", "area", "Geneve", "state", "requested"));
    assertEquals(
        EVENT + "?show=topic-2#topic-2", added.headers().firstValue("Location").orElseThrow());
    List<String> after = stakeholderIds(organiser.get(EVENT).body());
    after.removeAll(before);
    String id = after.getFirst();

    organiser.post(
        EVENT + "/stakeholders/" + id + "/state", Map.of("state", "declined", "back", "topic-2"));
    assertTrue(
        organiser
            .get(EVENT)
            .body()
            .contains(
                "<li data-state=\"declined\"><span class=\"who\"><strong>Pat Tunnel</strong>"));

    organiser.post(EVENT + "/stakeholders/" + id + "/delete", Map.of("back", "topic-2"));
    assertFalse(organiser.get(EVENT).body().contains("Pat Tunnel"));
  }

  @Test
  void anEditedTopicKeepsItsPlace_andADeletedOneLeavesTheAgenda() {
    OrganiserClient organiser = OrganiserClient.organiser(server);

    organiser.post(
        EVENT + "/topics/2",
        Map.of("title", "Flow based tunneling", "presenters", "Thomas Graf", "budget", "20"));
    assertEquals(
        "Flow based tunneling", server.state().get("agenda").get(1).path("title").asText());

    organiser.post(EVENT + "/topics/2/delete", Map.of());
    assertEquals(13, server.state().get("agenda").size());
  }

  @Test
  void aTopicThatHasRun_cannotBeDeleted_andSaysWhy() {
    server.command("{\"type\":\"startTopic\"}");

    HttpResponse<String> refused =
        OrganiserClient.organiser(server).post(EVENT + "/topics/1/delete", Map.of());

    assertEquals(422, refused.statusCode());
    assertTrue(refused.body().contains("has run"), refused.body());
    assertEquals(14, server.state().get("agenda").size());
  }

  @Test
  void aRenamedRoom_isRenamedOnEveryScreenAtOnce() {
    try (LiveClient viewer = server.viewer()) {
      viewer.next("snapshot");

      OrganiserClient.organiser(server)
          .post(EVENT + "/rooms/networking", Map.of("name", "Networking track"));

      assertEquals("Networking track", viewer.nextOf("snapshot").at("/room/name").asText());
    }
  }

  private static List<String> stakeholderIds(String page) {
    Matcher ids = Pattern.compile("id=\"state-(\\d+)\"").matcher(page);
    List<String> found = new ArrayList<>();
    while (ids.find()) {
      found.add(ids.group(1));
    }
    return found;
  }
}
