package dev.gavel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.room.FloorEvent;
import dev.gavel.room.Intervention;
import dev.gavel.room.QueueKind;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.SessionId;
import dev.gavel.room.StageEvent;
import dev.gavel.room.Stakeholder;
import dev.gavel.room.Topic;
import dev.gavel.room.TopicId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every event as the session log stores it, pinned: its type name and the shape of its payload are
 * stored data, read back at every start. A rename of a class or a field that would change them
 * fails here first; a new event type must add its line to {@code stored-events.jsonl}.
 */
class StoredEventsTest {

  private static final Instant AT = Instant.parse("2015-08-20T09:00:00Z");
  private final EventCodec codec = new EventCodec(Json.mapper());

  /** One of each event, in the order of the golden file. */
  private static List<RoomEvent> oneOfEach() {
    Topic topic =
        new Topic(
            new TopicId(7),
            new SessionId(2),
            "A new VRF proposal",
            List.of("Shrijeet Mukherjee", "David Ahern"),
            "Network virtualization",
            Duration.ofMinutes(15),
            Duration.ofMinutes(5),
            3,
            List.of(new Stakeholder("Dave Miller", "netdev", Stakeholder.State.CONFIRMED)));
    return List.of(
        new RoomEvent.TopicStarted(AT, topic),
        new RoomEvent.SlideShown(AT, 2),
        new RoomEvent.SlideLimitReached(AT, 3),
        new RoomEvent.DiscussionStarted(AT, Duration.ofSeconds(610)),
        new RoomEvent.TimerPaused(AT),
        new RoomEvent.TimerResumed(AT),
        new RoomEvent.TimeAdded(AT, Duration.ofSeconds(-30)),
        new RoomEvent.PitchCutOff(AT, "product pitch"),
        new RoomEvent.CutOffUndone(AT),
        new RoomEvent.Intervened(AT, Intervention.TIME_EXTENSION, 5),
        new RoomEvent.TopicEnded(AT, new TopicId(7)),
        new RoomEvent.NoteWritten(AT, new TopicId(7), new SessionId(2), "Use an *L3* master"),
        new RoomEvent.NoteCorrected(AT, 12, "Use an L3 master device"),
        new RoomEvent.NoteStruck(AT, 12),
        new RoomEvent.TopicSkipped(AT, new TopicId(8)),
        new RoomEvent.SessionEnded(AT, new SessionId(2), List.of(new TopicId(8), new TopicId(9))),
        new FloorEvent.HandRaised(
            AT, 4, "dev-1", "Ada Lovelace", "What about MPLS?", QueueKind.CLARIFY, "row 5, left"),
        new FloorEvent.HandWithdrawn(AT, 4),
        new FloorEvent.PointSeconded(AT, 4, "dev-2"),
        new FloorEvent.SpeakerCalled(AT, 4),
        new FloorEvent.RemovedFromQueue(AT, 5),
        new FloorEvent.MovedInQueue(AT, 6, 1),
        new FloorEvent.QueueCleared(AT, List.of(6L, 7L)),
        new FloorEvent.DeviceBlocked(AT, "dev-3", 8),
        new FloorEvent.QueueLeft(AT, new TopicId(7), List.of(9L)),
        new FloorEvent.RoomMessageShown(AT, "Lunch is at 12:30"),
        new FloorEvent.RoomMessageCleared(AT),
        new FloorEvent.BlackoutSet(AT, true),
        new FloorEvent.ClockHidden(AT, true),
        new FloorEvent.QrShown(AT, false),
        new StageEvent.CueGiven(AT, "wrap up"),
        new StageEvent.CueCleared(AT),
        new RoomEvent.NoteWritten(
            AT, new TopicId(7), new SessionId(2), "Use an *L3* master", "Ana López"),
        new RoomEvent.NoteCorrected(AT, 12, "Use an L3 master device", "Βασίλης"));
  }

  private static List<String> golden() {
    try (InputStream in = StoredEventsTest.class.getResourceAsStream("stored-events.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyEventType_isPinned() {
    Set<String> types =
        EventCodec.concrete(RoomEvent.class)
            .map(
                type ->
                    Character.toLowerCase(type.getSimpleName().charAt(0))
                        + type.getSimpleName().substring(1))
            .collect(Collectors.toSet());

    assertEquals(
        types,
        oneOfEach().stream().map(EventCodec::typeName).collect(Collectors.toSet()),
        "every event type has a sample here");
  }

  @Test
  void eachEvent_isStoredExactlyAsTheGoldenFileSays() {
    assertEquals(golden(), oneOfEach().stream().map(codec::toJson).toList());
  }

  @Test
  void eachStoredLine_readsBackAsTheSameEvent() {
    assertEquals(oneOfEach(), golden().stream().map(codec::fromJson).toList());
  }

  @Test
  void aNoteWrittenBeforeNamesWereKept_readsWithNoName() {
    RoomEvent event =
        codec.fromJson(
            "{\"type\":\"noteWritten\",\"at\":\"2015-08-20T09:00:00Z\",\"topic\":null,"
                + "\"session\":2,\"text\":\"between topics\"}");

    assertEquals(
        new RoomEvent.NoteWritten(AT, null, new SessionId(2), "between topics", null), event);
  }

  @Test
  void aTopicStartedBeforeStakeholdersExisted_readsWithNone() {
    RoomEvent event =
        codec.fromJson(
            "{\"type\":\"topicStarted\",\"at\":\"2015-08-20T09:00:00Z\",\"topic\":{\"id\":1,"
                + "\"session\":1,\"title\":\"T\",\"presenters\":[\"P\"],\"category\":null,"
                + "\"budget\":\"PT15M\",\"presentationBudget\":\"PT5M\",\"slideLimit\":3}}");

    assertEquals(List.of(), ((RoomEvent.TopicStarted) event).topic().stakeholders());
  }
}
