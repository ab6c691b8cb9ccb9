package dev.gavel.store;

import static dev.gavel.store.schema.Tables.PROPOSAL;
import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.SESSION;
import static dev.gavel.store.schema.Tables.STAKEHOLDER;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.programme.Proposal;
import dev.gavel.room.Stakeholder;
import dev.gavel.store.schema.tables.records.ProposalRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;

/**
 * What the public can ask of a programme: proposing a topic for a session (the organiser accepts or
 * declines it) and adding themselves to a session's list of confirmed attendees.
 */
public final class Proposals {

  private final Database database;
  private final ProgrammeStore programme;
  private final Clock clock;

  public Proposals(Database database, ProgrammeStore programme, Clock clock) {
    this.database = database;
    this.programme = programme;
    this.clock = clock;
  }

  /** Enough for any room; a form anybody can send must not grow a list without end. */
  static final int MAX_LIST = 500;

  /** Proposals waiting for the organiser in one session, at the most. */
  static final int MAX_PENDING = 100;

  public long propose(
      long sessionId, String title, List<String> presenters, String abstractText, String category) {
    EventPlan.TopicPlan topic =
        new EventPlan.TopicPlan(
            null,
            title,
            presenters,
            category,
            Duration.ofMinutes(1),
            null,
            null,
            abstractText,
            null,
            List.of());
    if (topic.presenters().isEmpty()) {
      throw new IllegalArgumentException("a proposal needs at least one presenter");
    }
    return database.programmeTransaction(
        dsl -> {
          if (!dsl.fetchExists(SESSION, SESSION.ID.eq(sessionId))) {
            throw new ProgrammeException(null, "there is no session " + sessionId);
          }
          int pending =
              dsl.fetchCount(
                  PROPOSAL, PROPOSAL.SESSION_ID.eq(sessionId).and(PROPOSAL.STATE.eq("pending")));
          if (pending >= MAX_PENDING) {
            throw new ProgrammeException(
                null,
                "this session already has "
                    + MAX_PENDING
                    + " proposals waiting for the organiser; please try again later");
          }
          return dsl.insertInto(PROPOSAL)
              .set(PROPOSAL.SESSION_ID, sessionId)
              .set(PROPOSAL.TITLE, topic.title().strip())
              .set(PROPOSAL.PRESENTERS, String.join("\n", topic.presenters()))
              .set(PROPOSAL.ABSTRACT, topic.abstractText())
              .set(PROPOSAL.CATEGORY, topic.category())
              .set(PROPOSAL.SUBMITTED_AT, clock.instant())
              .returning(PROPOSAL.ID)
              .fetchOne(PROPOSAL.ID);
        });
  }

  /** The event's proposals, those waiting first, newest first among each. */
  public List<Proposal> of(String eventSlug) {
    return database.read(
        dsl ->
            dsl.select(PROPOSAL.fields())
                .select(SESSION.TITLE, ROOM.NAME)
                .from(PROPOSAL)
                .join(SESSION)
                .on(SESSION.ID.eq(PROPOSAL.SESSION_ID))
                .join(ROOM)
                .on(ROOM.ID.eq(SESSION.ROOM_ID))
                .where(ROOM.EVENT_ID.eq(ProgrammeEditor.eventId(dsl, eventSlug)))
                .orderBy(
                    PROPOSAL.STATE.eq("pending").desc(),
                    PROPOSAL.SUBMITTED_AT.desc(),
                    PROPOSAL.ID.desc())
                .fetch(
                    row ->
                        new Proposal(
                            row.get(PROPOSAL.ID),
                            row.get(PROPOSAL.SESSION_ID),
                            row.get(SESSION.TITLE),
                            row.get(ROOM.NAME),
                            row.get(PROPOSAL.TITLE),
                            Arrays.asList(row.get(PROPOSAL.PRESENTERS).split("\n")),
                            row.get(PROPOSAL.ABSTRACT),
                            row.get(PROPOSAL.CATEGORY),
                            row.get(PROPOSAL.SUBMITTED_AT),
                            Proposal.State.valueOf(
                                row.get(PROPOSAL.STATE).toUpperCase(Locale.ROOT)),
                            row.get(PROPOSAL.TOPIC_ID))));
  }

  /** Makes the proposal a topic at the end of its session, with this time budget. */
  public long accept(long proposalId, Duration budget) {
    long topic =
        database.programmeTransaction(
            dsl -> {
              var proposal = pending(dsl, proposalId);
              long id =
                  ProgrammeRows.insertTopic(
                      dsl,
                      proposal.getSessionId(),
                      new EventPlan.TopicPlan(
                          null,
                          proposal.getTitle(),
                          Arrays.asList(proposal.getPresenters().split("\n")),
                          proposal.getCategory(),
                          budget,
                          null,
                          null,
                          proposal.getAbstract(),
                          null,
                          List.of()));
              dsl.update(PROPOSAL)
                  .set(PROPOSAL.STATE, "accepted")
                  .set(PROPOSAL.TOPIC_ID, id)
                  .where(PROPOSAL.ID.eq(proposalId))
                  .execute();
              return id;
            });
    programme.changed();
    return topic;
  }

  public void decline(long proposalId) {
    database.programmeTransaction(
        dsl -> {
          pending(dsl, proposalId);
          return dsl.update(PROPOSAL)
              .set(PROPOSAL.STATE, "declined")
              .where(PROPOSAL.ID.eq(proposalId))
              .execute();
        });
  }

  private static ProposalRecord pending(DSLContext dsl, long proposalId) {
    var proposal = dsl.selectFrom(PROPOSAL).where(PROPOSAL.ID.eq(proposalId)).fetchOne();
    if (proposal == null) {
      throw new ProgrammeException(null, "there is no proposal " + proposalId);
    }
    if (!proposal.getState().equals("pending")) {
      throw new ProgrammeException(null, "that proposal was " + proposal.getState() + " already");
    }
    return proposal;
  }

  /**
   * The attendee joins the session's confirmed list. Someone the organiser asked for becomes
   * confirmed (their area stays as the organiser wrote it); anyone already confirmed, or who
   * declined, stays as they are, so an anonymous form can never change what the organiser set.
   */
  public void signUp(long sessionId, String name, String area) {
    Stakeholder person = new Stakeholder(name, area, Stakeholder.State.CONFIRMED);
    database.programmeTransaction(
        dsl -> {
          if (!dsl.fetchExists(SESSION, SESSION.ID.eq(sessionId))) {
            throw new ProgrammeException(null, "there is no session " + sessionId);
          }
          Long listed = ProgrammeRows.stakeholderNamed(dsl, sessionId, null, person.name());
          if (listed != null) {
            return dsl.update(STAKEHOLDER)
                .set(STAKEHOLDER.STATE, Stakeholder.State.CONFIRMED.wireName())
                .where(STAKEHOLDER.ID.eq(listed))
                .and(STAKEHOLDER.STATE.eq(Stakeholder.State.REQUESTED.wireName()))
                .execute();
          }
          if (dsl.fetchCount(STAKEHOLDER, STAKEHOLDER.SESSION_ID.eq(sessionId)) >= MAX_LIST) {
            throw new ProgrammeException(
                "name", "this session's list is full (" + MAX_LIST + " people)");
          }
          return ProgrammeRows.addStakeholder(dsl, sessionId, null, person, true);
        });
    programme.changed();
  }
}
