package dev.gavel.programme.exchange;

/**
 * An item of the file that Gavel took, but not as the file has it; reported to the person
 * importing.
 *
 * @param item what it is and when, as the file says: "Lightning talks, 2026-09-18 12:30"
 * @param problem what was wrong: "it has no end"
 * @param action what Gavel did: "given 30 minutes, until the next item in its room"
 */
public record Adjusted(String item, String problem, String action) {}
