package dev.gavel.organise;

import static dev.gavel.http.FormPost.id;
import static dev.gavel.http.FormPost.nothingToCheck;
import static dev.gavel.organise.EditAddress.back;
import static dev.gavel.organise.EditAddress.event;
import static dev.gavel.organise.EditAddress.number;

import dev.gavel.html.Checked;
import dev.gavel.http.FormPost;
import dev.gavel.programme.Programme;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.route.Route;
import dev.gavel.route.Routes;
import dev.gavel.store.ProgrammeEditor;
import dev.gavel.store.ProgrammeStore;
import dev.gavel.store.Proposals;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every change the organiser makes to an event, one form each: the address it posts to, the checker
 * of its fields, and the store call that makes the change.
 */
final class EventEdits {

  private final ProgrammeStore store;
  private final ProgrammeEditor editor;
  private final Proposals proposals;
  private final FormPost.Page page;

  EventEdits(
      ProgrammeStore store, ProgrammeEditor editor, Proposals proposals, FormPost.Page page) {
    this.store = store;
    this.editor = editor;
    this.proposals = proposals;
    this.page = page;
  }

  Handler createEvent(FormPost.Page home) {
    return FormPost.of(
        id("new-event"),
        EventForm::forNew,
        (ctx, form) -> {
          editor.createEvent(form.slug(), form.title(), form.slideLimit(), form.timeZone());
          return Routes.EVENT.path(form.slug());
        },
        home);
  }

  /**
   * @param post registers a POST route; the event in its address is known to exist
   */
  void register(BiConsumer<Route, Handler> post) {
    post.accept(
        Routes.EVENT,
        FormPost.of(
            id("edit-event"),
            EventForm::forEdit,
            (ctx, form) -> {
              Programme programme = programme(ctx);
              TopicCues.refuseDangerBeforeTopicsWarning(programme, form.cues());
              editor.updateEvent(
                  programme.slug(),
                  form.title(),
                  form.slideLimit(),
                  form.timeZone(),
                  form.turn(),
                  form.cues());
              return back(ctx, "event");
            },
            page));
    post.accept(
        Routes.PUBLISH,
        FormPost.of(
            id("publish"),
            form -> new Checked<>("true".equals(form.get("published")), Map.of()),
            (ctx, published) -> {
              editor.publish(event(ctx), published);
              return back(ctx, "event");
            },
            page));
    post.accept(
        Routes.ADD_ROOM,
        FormPost.of(
            id("add-room"),
            RoomForm::forNew,
            (ctx, room) -> {
              editor.addRoom(event(ctx), room.slug(), room.name());
              return back(ctx, "room-" + room.slug());
            },
            page));
    post.accept(
        Routes.EDIT_ROOM,
        FormPost.of(
            id("rename-room-", "room"),
            RoomForm::forRename,
            (ctx, room) -> {
              editor.renameRoom(ctx.pathParam("room"), room.name());
              return back(ctx, "room-" + ctx.pathParam("room"));
            },
            page));
    post.accept(
        Routes.ADD_SESSION,
        FormPost.of(
            id("add-session-", "room"),
            SessionForm::check,
            (ctx, session) -> {
              long id =
                  editor.addSession(
                      ctx.pathParam("room"), session.plan(null, programme(ctx).timeZone()));
              return back(ctx, "session-" + id);
            },
            page));
    sessionEdits(post);
    topicEdits(post);
    new PeopleEdits(editor, proposals, page).register(post);
  }

  private void sessionEdits(BiConsumer<Route, Handler> post) {
    post.accept(
        Routes.EDIT_SESSION,
        FormPost.of(
            id("edit-session-", "id"),
            SessionForm::check,
            (ctx, form) -> {
              Programme programme = programme(ctx);
              Programme.Session existing =
                  programme.session(number(ctx)).orElseThrow(NotFoundResponse::new);
              editor.updateSession(existing.id(), form.plan(existing.key(), programme.timeZone()));
              return back(ctx, "session-" + existing.id());
            },
            page));
    post.accept(
        Routes.DELETE_SESSION,
        FormPost.of(
            id("delete-session-", "id"),
            nothingToCheck(true),
            (ctx, yes) -> {
              editor.deleteSession(number(ctx));
              return back(ctx, "event");
            },
            page));
    post.accept(
        Routes.ADD_TOPIC,
        FormPost.of(
            id("add-topic-", "id"),
            TopicForm::check,
            (ctx, form) -> {
              TopicCues.refuseWarningAfterEventsDanger(programme(ctx), form.cues());
              long id = editor.addTopic(number(ctx), form.plan(null), form.cues());
              return back(ctx, "topic-" + id);
            },
            page));
    post.accept(
        Routes.ADD_SESSION_STAKEHOLDER,
        FormPost.of(
            id("add-session-people-", "id"),
            StakeholderForm::check,
            (ctx, person) -> {
              editor.addSessionStakeholder(number(ctx), person);
              return back(ctx, "session-" + number(ctx));
            },
            page));
  }

  private void topicEdits(BiConsumer<Route, Handler> post) {
    post.accept(
        Routes.EDIT_TOPIC,
        FormPost.of(
            id("edit-topic-", "id"),
            TopicForm::check,
            (ctx, form) -> {
              Programme programme = programme(ctx);
              Programme.Topic existing =
                  programme.topic(number(ctx)).orElseThrow(NotFoundResponse::new);
              TopicCues.refuseWarningAfterEventsDanger(programme, form.cues());
              editor.updateTopic(existing.id(), form.plan(existing.key()), form.cues());
              return back(ctx, "topic-" + existing.id());
            },
            page));
    post.accept(
        Routes.DELETE_TOPIC,
        FormPost.of(
            id("delete-topic-", "id"),
            nothingToCheck(true),
            (ctx, yes) -> {
              editor.deleteTopic(number(ctx));
              return back(ctx, "event");
            },
            page));
    post.accept(
        Routes.MOVE_TOPIC,
        FormPost.of(
            id("move-topic-", "id"),
            MoveForm::check,
            (ctx, to) -> {
              editor.moveTopic(number(ctx), to);
              return back(ctx, "topic-" + number(ctx));
            },
            page));
    post.accept(
        Routes.ADD_TOPIC_STAKEHOLDER,
        FormPost.of(
            id("add-topic-people-", "id"),
            StakeholderForm::check,
            (ctx, person) -> {
              editor.addTopicStakeholder(number(ctx), person);
              return back(ctx, "topic-" + number(ctx));
            },
            page));
  }

  private Programme programme(Context ctx) {
    return store
        .programme(event(ctx))
        .orElseThrow(() -> new ProgrammeException(null, "this event is gone"));
  }
}
