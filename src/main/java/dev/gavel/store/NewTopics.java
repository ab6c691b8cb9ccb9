package dev.gavel.store;

import static dev.gavel.store.schema.Tables.STAKEHOLDER;
import static dev.gavel.store.schema.Tables.TOPIC;
import static dev.gavel.store.schema.Tables.TOPIC_LINK;
import static dev.gavel.store.schema.Tables.TOPIC_PRESENTER;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.ImportMerge;
import dev.gavel.room.Stakeholder;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * The topics an import makes, written together: each table's rows go through one prepared statement
 * in one batch, and the topics get their ids here (after the highest one stored, in the writer's
 * transaction), so a congress of a thousand talks is a few statements rather than thousands.
 */
final class NewTopics {

  private final DSLContext dsl;
  private final List<Object[]> topics = new ArrayList<>();
  private final List<Object[]> presenters = new ArrayList<>();
  private final List<Object[]> links = new ArrayList<>();
  private final List<Object[]> people = new ArrayList<>();
  private long nextId;

  NewTopics(DSLContext dsl) {
    this.dsl = dsl;
    Long highest = dsl.select(DSL.max(TOPIC.ID)).from(TOPIC).fetchOne(0, Long.class);
    this.nextId = highest == null ? 1 : highest + 1;
  }

  /**
   * Adds a topic at this place of its session; its presenters and links come with it, and its
   * stakeholders once each by name, as {@link ProgrammeRows#addStakeholder} would add them.
   *
   * @return the topic's id
   */
  long add(long sessionId, long position, EventPlan.TopicPlan topic) {
    long id = nextId++;
    EventPlan.Listing listing = topic.listing();
    topics.add(
        new Object[] {
          id,
          sessionId,
          position,
          topic.title(),
          topic.category(),
          topic.budget().toSeconds(),
          ImportMerge.presentationBudget(topic).toSeconds(),
          topic.slideLimit() == null ? null : (long) topic.slideLimit(),
          topic.abstractText(),
          topic.key(),
          topic.startsAt() == null ? null : topic.startsAt().toString(),
          listing.subtitle(),
          listing.description(),
          listing.language(),
          listing.type(),
          listing.url(),
          listing.number()
        });
    long place = 0;
    for (String presenter : topic.presenters()) {
      presenters.add(new Object[] {id, place++, presenter, listing.personIds().get(presenter)});
    }
    place = 0;
    for (EventPlan.Link link : listing.links()) {
      links.add(new Object[] {id, place++, link.url(), link.title()});
    }
    Set<String> named = new HashSet<>();
    for (Stakeholder person : topic.stakeholders()) {
      if (named.add(person.name())) {
        people.add(new Object[] {id, person.name(), person.area(), person.state().wireName()});
      }
    }
    return id;
  }

  /** Writes every topic added since the last write, in the caller's transaction. */
  void write() {
    batch(
        dsl.insertInto(TOPIC)
            .columns(
                TOPIC.ID,
                TOPIC.SESSION_ID,
                TOPIC.POSITION,
                TOPIC.TITLE,
                TOPIC.CATEGORY,
                TOPIC.BUDGET_SECONDS,
                TOPIC.PRESENTATION_SECONDS,
                TOPIC.SLIDE_LIMIT,
                TOPIC.ABSTRACT,
                TOPIC.SOURCE_KEY,
                TOPIC.STARTS_AT.coerce(String.class),
                TOPIC.SUBTITLE,
                TOPIC.DESCRIPTION,
                TOPIC.LANGUAGE,
                TOPIC.TYPE,
                TOPIC.URL,
                TOPIC.NUMBER)
            .values(placeholders(17)),
        topics);
    batch(
        dsl.insertInto(TOPIC_PRESENTER)
            .columns(
                TOPIC_PRESENTER.TOPIC_ID,
                TOPIC_PRESENTER.POSITION,
                TOPIC_PRESENTER.NAME,
                TOPIC_PRESENTER.SOURCE_ID)
            .values(placeholders(4)),
        presenters);
    batch(
        dsl.insertInto(TOPIC_LINK)
            .columns(TOPIC_LINK.TOPIC_ID, TOPIC_LINK.POSITION, TOPIC_LINK.URL, TOPIC_LINK.TITLE)
            .values(placeholders(4)),
        links);
    batch(
        dsl.insertInto(STAKEHOLDER)
            .columns(STAKEHOLDER.TOPIC_ID, STAKEHOLDER.NAME, STAKEHOLDER.AREA, STAKEHOLDER.STATE)
            .values(placeholders(4)),
        people);
    topics.clear();
    presenters.clear();
    links.clear();
    people.clear();
  }

  /** Bind markers without values: each row of the batch gives them. */
  private static List<Object> placeholders(int count) {
    return Collections.nCopies(count, null);
  }

  /**
   * Runs the query once for each row, in one JDBC batch on the transaction's connection. The rows
   * are bound straight to the statement: binding them through jOOQ made several objects for every
   * value, and for a 20,000-topic import that garbage was most of what writing it allocated.
   */
  private void batch(Query query, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String sql = query.getSQL();
    dsl.connection(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
              for (int i = 0; i < row.length; i++) {
                statement.setObject(i + 1, row[i]);
              }
              statement.addBatch();
            }
            statement.executeBatch();
          }
        });
  }
}
