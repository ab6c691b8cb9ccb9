package dev.gavel;

import dev.gavel.access.Access;
import dev.gavel.access.OrganiserSecret;
import dev.gavel.programme.RoomInfo;
import dev.gavel.programme.UnfinishedImport;
import dev.gavel.room.DamagedLog;
import dev.gavel.route.Routes;
import dev.gavel.runtime.CommandGate;
import java.io.PrintStream;

/**
 * What a started server prints: where it is, each room's screens, and how the organiser gets in.
 * The organiser's secret appears only on the start that made it; later starts say where it came
 * from instead, so that service logs never collect it.
 */
final class StartupReport {

  private StartupReport() {}

  static void print(Gavel gavel, PrintStream out) {
    String base = gavel.publicBase();
    out.println();
    out.println("Gavel is running. Database: " + gavel.config().databaseFile().toAbsolutePath());
    out.println(
        "Open it at "
            + String.join("  or  ", Addresses.bases(gavel.config().host(), gavel.port())));
    if (gavel.rooms().isEmpty()) {
      out.println("No rooms yet: import a programme (see README), or start without --no-demo.");
    }
    for (RoomInfo room : gavel.rooms()) {
      out.println();
      out.println(room.name() + " (" + room.eventTitle() + ")");
      String slug = room.slug().value();
      out.println("  projector  " + base + Routes.DISPLAY.path(slug));
      out.println("  attendees  " + base + Routes.ROOM.path(slug));
      out.println(
          "  moderator  " + base + Routes.MODERATE.pathWithKey(room.moderatorSecret(), slug));
      out.println("  notes      " + base + Routes.TAKE_NOTES.pathWithKey(room.notesSecret(), slug));
      out.println(
          "  speaker    " + base + Routes.STAGE.pathWithKey(Access.stageSecret(room), slug));
      out.println("  mic runner " + base + Routes.MIC.pathWithKey(Access.micSecret(room), slug));
    }
    for (DamagedLog damage : gavel.damagedRooms()) {
      out.println();
      out.println("CLOSED: " + CommandGate.closed(damage));
    }
    for (UnfinishedImport run : gavel.unfinishedImports()) {
      out.println();
      out.println("UNFINISHED: " + run.sentence() + ".");
    }
    out.println();
    organiser(gavel.organiser(), base, out);
    out.println("Stop with Ctrl+C.");
    out.flush();
  }

  private static void organiser(OrganiserSecret secret, String base, PrintStream out) {
    switch (secret.origin()) {
      case MADE_NOW -> {
        out.println("Organiser secret (shown this once; keep it to yourself): " + secret.value());
        out.println(
            "Organise the programme: " + base + Routes.ORGANISE.pathWithKey(secret.value()));
      }
      case STORED -> {
        out.println(
            "Organiser secret: the one printed when it was made. Lost it? Start once with"
                + " --new-organiser-secret for a new one.");
        out.println(
            "Organise the programme: " + base + Routes.ORGANISE.path() + "?key=<organiser secret>");
      }
      case ENVIRONMENT -> {
        out.println("Organiser secret: the one in " + OrganiserSecret.VARIABLE + ".");
        out.println(
            "Organise the programme: "
                + base
                + Routes.ORGANISE.path()
                + "?key=<"
                + OrganiserSecret.VARIABLE
                + ">");
      }
    }
  }
}
