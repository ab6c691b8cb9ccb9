package dev.gavel.programme;

/** An event as the organiser's start page lists it. */
public record EventSummary(
    String slug, String title, boolean published, int rooms, int topics, int pendingProposals) {}
