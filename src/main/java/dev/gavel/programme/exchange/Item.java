package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.TopicPlan;

/**
 * A topic placed in its room, ready to be grouped into sessions ({@link SessionGrouping}).
 *
 * @param session the session the file names for it (only CSV does), or null to group by time
 * @param where how to point a person at it in a message
 */
record Item(String room, String session, TopicPlan topic, String where) {}
