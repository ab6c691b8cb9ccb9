package dev.gavel.store;

/**
 * What a committed change of the programme touched, so that whoever follows the programme reads
 * again only what may have changed: after an import of thousands of topics into one event, the
 * other events' programmes are as they were, and reading them all again would cost the live rooms
 * as much as the import itself.
 */
public sealed interface ProgrammeChange {

  /** Any event's programme, perhaps several. */
  record AnyEvent() implements ProgrammeChange {}

  /** One event's programme and nothing else: its settings, rooms, sessions and topics. */
  record OneEvent(String slug) implements ProgrammeChange {}
}
