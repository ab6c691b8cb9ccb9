package dev.gavel.organise;

import dev.gavel.programme.Programme;
import dev.gavel.programme.Proposal;
import dev.gavel.route.Route;
import dev.gavel.route.Routes;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Whether what an organiser's form changes — a room, a session, a topic, a stakeholder, a proposal
 * — belongs to the event in the form's address. A form left open on one event's page must not
 * change another event (ids are numbers, easily the same kind of thing elsewhere): such a POST is
 * answered 404 and changes nothing.
 */
final class Ownership {

  /** What the address of an edit names besides its event. */
  enum Kind {
    ROOM,
    SESSION,
    TOPIC,
    STAKEHOLDER,
    PROPOSAL
  }

  private static final Map<Route, Kind> NAMED =
      Map.ofEntries(
          Map.entry(Routes.EDIT_ROOM, Kind.ROOM),
          Map.entry(Routes.ADD_SESSION, Kind.ROOM),
          Map.entry(Routes.EDIT_SESSION, Kind.SESSION),
          Map.entry(Routes.DELETE_SESSION, Kind.SESSION),
          Map.entry(Routes.ADD_TOPIC, Kind.SESSION),
          Map.entry(Routes.ADD_SESSION_STAKEHOLDER, Kind.SESSION),
          Map.entry(Routes.EDIT_TOPIC, Kind.TOPIC),
          Map.entry(Routes.DELETE_TOPIC, Kind.TOPIC),
          Map.entry(Routes.MOVE_TOPIC, Kind.TOPIC),
          Map.entry(Routes.ADD_TOPIC_STAKEHOLDER, Kind.TOPIC),
          Map.entry(Routes.STAKEHOLDER_STATE, Kind.STAKEHOLDER),
          Map.entry(Routes.REMOVE_STAKEHOLDER, Kind.STAKEHOLDER),
          Map.entry(Routes.ACCEPT_PROPOSAL, Kind.PROPOSAL),
          Map.entry(Routes.DECLINE_PROPOSAL, Kind.PROPOSAL));

  private Ownership() {}

  /**
   * @throws IllegalStateException for an edit whose address names a room or an id that is not
   *     checked here: every such route must be
   */
  static void requireChecked(Route route) {
    boolean names = route.pattern().contains("{room}") || route.pattern().contains("{id}");
    if (names && !NAMED.containsKey(route)) {
      throw new IllegalStateException("no ownership check for " + route.pattern());
    }
  }

  /**
   * @param proposals the event's proposals, read only when the address names one
   * @return what the address names that is not the event's, in words; empty when all is the event's
   */
  static Optional<String> stranger(
      Route route, Context ctx, Programme event, Supplier<List<Proposal>> proposals) {
    Kind kind = NAMED.get(route);
    if (kind == null) {
      return Optional.empty();
    }
    boolean owned =
        switch (kind) {
          case ROOM ->
              event.rooms().stream().anyMatch(room -> room.slug().equals(ctx.pathParam("room")));
          case SESSION -> id(ctx).stream().anyMatch(id -> event.session(id).isPresent());
          case TOPIC -> id(ctx).stream().anyMatch(id -> event.topic(id).isPresent());
          case STAKEHOLDER ->
              id(ctx).stream().anyMatch(id -> people(event).anyMatch(person -> person.id() == id));
          case PROPOSAL ->
              id(ctx).stream().anyMatch(id -> proposals.get().stream().anyMatch(p -> p.id() == id));
        };
    if (owned) {
      return Optional.empty();
    }
    String what =
        switch (kind) {
          case ROOM -> "room \"" + ctx.pathParam("room") + "\"";
          case SESSION -> "session " + ctx.pathParam("id");
          case TOPIC -> "topic " + ctx.pathParam("id");
          case STAKEHOLDER -> "person " + ctx.pathParam("id");
          case PROPOSAL -> "proposal " + ctx.pathParam("id");
        };
    return Optional.of(
        "The event \""
            + event.slug()
            + "\" has no "
            + what
            + ": nothing was changed. The form may come from another event's page; open this"
            + " event's page again.");
  }

  private static OptionalLong id(Context ctx) {
    return Route.id(ctx.pathParam("id"));
  }

  private static Stream<Programme.Person> people(Programme event) {
    return event.rooms().stream()
        .flatMap(room -> room.sessions().stream())
        .flatMap(
            session ->
                Stream.concat(
                    session.stakeholders().stream(),
                    session.topics().stream().flatMap(topic -> topic.stakeholders().stream())));
  }
}
