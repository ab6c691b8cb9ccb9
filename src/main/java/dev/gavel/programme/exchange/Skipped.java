package dev.gavel.programme.exchange;

/**
 * An entry of the file that is deliberately not a topic, such as a lunch break; reported to the
 * person importing, not an error.
 *
 * @param item what it was, e.g. "Lunch break, 2026-09-18 12:30"
 * @param reason why it was left out, e.g. "a break, not a topic"
 */
public record Skipped(String item, String reason) {}
