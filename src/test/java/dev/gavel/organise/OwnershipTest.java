package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.Organiser;
import dev.gavel.testing.ServerTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An organiser's form names its event in its address and what it changes by a number or a slug: a
 * form left open on one event's page, sent after the other event changed, names something of
 * another event. Each kind of edit is refused with 404 and changes neither event.
 */
class OwnershipTest extends ServerTest {

  private static final String OTHER = "other";

  private Organiser organiser;
  private long session;
  private long topic;
  private long person;
  private long proposal;

  @BeforeEach
  void anotherEventBesideTheDemo() {
    organiser = new Organiser(server);
    organiser.event(OTHER);
    organiser.room(OTHER, "other-room");
    session = organiser.session(OTHER, "other-room");
    topic = organiser.topic(OTHER, session, "Another event's topic");
    organiser.post(
        "/organise/events/other/sessions/" + session + "/stakeholders",
        Map.of("name", "Grace", "state", "requested"));
    organiser.publish(OTHER, true);
    organiser.post(
        "/sessions/" + session + "/propose", Map.of("title", "Proposed", "presenters", "Ada"));
    String page = organiser.get("/organise/events/other").body();
    person = first(page, "/organise/events/other/stakeholders/(\\d+)/state");
    proposal = first(page, "/organise/events/other/proposals/(\\d+)/accept");
  }

  /** Every edit whose address names something besides its event, with a form it would take. */
  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of("renameRoom", "rooms/other-room", Map.of("name", "Hijacked")),
        Arguments.of("addSession", "rooms/other-room/sessions", Map.of("title", "Hijacked")),
        Arguments.of("editSession", "sessions/{session}", Map.of("title", "Hijacked")),
        Arguments.of("deleteSession", "sessions/{session}/delete", Map.of()),
        Arguments.of(
            "addTopic",
            "sessions/{session}/topics",
            Map.of("title", "Hijacked", "presenters", "Eve", "budget", "10")),
        Arguments.of(
            "addSessionStakeholder",
            "sessions/{session}/stakeholders",
            Map.of("name", "Hijacked", "state", "requested")),
        Arguments.of(
            "editTopic",
            "topics/{topic}",
            Map.of("title", "Hijacked", "presenters", "Eve", "budget", "10")),
        Arguments.of("deleteTopic", "topics/{topic}/delete", Map.of()),
        Arguments.of("moveTopic", "topics/{topic}/move", Map.of("to", "0")),
        Arguments.of(
            "addTopicStakeholder",
            "topics/{topic}/stakeholders",
            Map.of("name", "Hijacked", "state", "requested")),
        Arguments.of(
            "stakeholderState", "stakeholders/{person}/state", Map.of("state", "declined")),
        Arguments.of("removeStakeholder", "stakeholders/{person}/delete", Map.of()),
        Arguments.of("acceptProposal", "proposals/{proposal}/accept", Map.of("budget", "10")),
        Arguments.of("declineProposal", "proposals/{proposal}/decline", Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void anEdit_ofSomethingOfAnotherEvent_isRefusedAndChangesNothing(
      String kind, String path, Map<String, String> form) {
    String demoBefore = organiser.get("/organise/events/lpc2015").body();
    String otherBefore = organiser.get("/organise/events/other").body();

    HttpResponse<String> answer =
        organiser.post(
            "/organise/events/lpc2015/"
                + path.replace("{session}", Long.toString(session))
                    .replace("{topic}", Long.toString(topic))
                    .replace("{person}", Long.toString(person))
                    .replace("{proposal}", Long.toString(proposal)),
            form);

    assertEquals(404, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("The event &quot;lpc2015&quot; has no "), answer.body());
    assertTrue(answer.body().contains("nothing was changed"), answer.body());
    assertEquals(demoBefore, organiser.get("/organise/events/lpc2015").body());
    assertEquals(otherBefore, organiser.get("/organise/events/other").body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void theSameEdit_inItsOwnEvent_isMade(String kind, String path, Map<String, String> form) {
    String otherBefore = organiser.get("/organise/events/other").body();

    HttpResponse<String> answer =
        organiser.post(
            "/organise/events/other/"
                + path.replace("{session}", Long.toString(session))
                    .replace("{topic}", Long.toString(topic))
                    .replace("{person}", Long.toString(person))
                    .replace("{proposal}", Long.toString(proposal)),
            form);

    assertEquals(303, answer.statusCode(), answer.body());
    assertTrue(
        !otherBefore.equals(organiser.get("/organise/events/other").body())
            || kind.equals("moveTopic"));
  }

  private static long first(String page, String regex) {
    Matcher found = Pattern.compile(regex).matcher(page);
    assertTrue(found.find(), regex + " in " + page);
    return Long.parseLong(found.group(1));
  }
}
