package dev.gavel.programme.exchange;

/**
 * An item of the file that is not a topic, such as a lunch break, or that Gavel cannot place, such
 * as one without a start; reported to the person importing, not an error.
 *
 * @param item what it was and when, as the file says: "Lunch break, 2026-09-18 12:30"
 * @param reason why it was left out: "a break, not a topic"
 */
public record Skipped(String item, String reason) {}
