package dev.gavel.organise;

import static dev.gavel.http.FormPost.id;
import static dev.gavel.http.FormPost.nothingToCheck;
import static dev.gavel.organise.EditAddress.back;
import static dev.gavel.organise.EditAddress.event;
import static dev.gavel.organise.EditAddress.number;

import dev.gavel.http.FormPost;
import dev.gavel.route.Route;
import dev.gavel.route.Routes;
import dev.gavel.store.ProgrammeEditor;
import dev.gavel.store.Proposals;
import io.javalin.http.Handler;
import java.util.function.BiConsumer;

/** The organiser's changes about people and priorities: stakeholders, no-overlap, proposals. */
final class PeopleEdits {

  private final ProgrammeEditor editor;
  private final Proposals proposals;
  private final FormPost.Page page;

  PeopleEdits(ProgrammeEditor editor, Proposals proposals, FormPost.Page page) {
    this.editor = editor;
    this.proposals = proposals;
    this.page = page;
  }

  /**
   * @param post registers a POST route; the event in its address is known to exist
   */
  void register(BiConsumer<Route, Handler> post) {
    post.accept(
        Routes.STAKEHOLDER_STATE,
        FormPost.of(
            id("state-", "id"),
            StakeholderForm::state,
            (ctx, state) -> {
              editor.setStakeholderState(number(ctx), state);
              return back(ctx, ctx.formParam("back"));
            },
            page));
    post.accept(
        Routes.REMOVE_STAKEHOLDER,
        FormPost.of(
            id("remove-", "id"),
            nothingToCheck(true),
            (ctx, yes) -> {
              editor.removeStakeholder(number(ctx));
              return back(ctx, ctx.formParam("back"));
            },
            page));
    post.accept(
        Routes.ADD_PRIORITY,
        FormPost.of(
            id("add-priority"),
            PriorityForm::check,
            (ctx, priority) -> {
              editor.addNoOverlap(event(ctx), priority);
              return back(ctx, "priorities");
            },
            page));
    post.accept(
        Routes.REMOVE_PRIORITY,
        FormPost.of(
            id("remove-priority"),
            PriorityForm::check,
            (ctx, priority) -> {
              editor.removeNoOverlap(event(ctx), priority);
              return back(ctx, "priorities");
            },
            page));
    post.accept(
        Routes.ACCEPT_PROPOSAL,
        FormPost.of(
            id("accept-", "id"),
            AcceptForm::check,
            (ctx, budget) -> {
              long topic = proposals.accept(number(ctx), budget);
              return back(ctx, "topic-" + topic);
            },
            page));
    post.accept(
        Routes.DECLINE_PROPOSAL,
        FormPost.of(
            id("decline-", "id"),
            nothingToCheck(true),
            (ctx, yes) -> {
              proposals.decline(number(ctx));
              return back(ctx, "proposals");
            },
            page));
  }
}
