package dev.gavel.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.html.Markup;
import dev.gavel.http.ApiError;
import dev.gavel.http.HtmlResponse;
import dev.gavel.http.RouteOwner;
import dev.gavel.http.WebFiles;
import dev.gavel.json.EventCodec;
import dev.gavel.notes.NotesExports;
import dev.gavel.notes.NotesHtml;
import dev.gavel.notes.SessionDocument;
import dev.gavel.notes.SessionHistory;
import dev.gavel.room.Agenda;
import dev.gavel.room.SessionId;
import dev.gavel.route.Route;
import dev.gavel.route.Routes;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.OpenRooms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A session's notes and log as downloads (Markdown, DokuWiki, one HTML file, JSON), and an event's
 * notes as one zip file. All of them are read from the room's log, so they always agree with what
 * the room saw.
 */
public final class SessionApi implements RouteOwner {

  private final OpenRooms rooms;
  private final ObjectMapper mapper;
  private final EventCodec codec;
  private final Clock clock;

  /**
   * A download runs nothing and fetches nothing: its styles travel inside it. The tokens first: the
   * stylesheet's own @import of them, no longer first, is then ignored.
   */
  private final Markup exportStyles =
      Markup.madeSafeBy(
          "this server's own style sheets",
          "<style>\n"
              + WebFiles.text("shared/tokens.css")
              + WebFiles.text("notes/notes.css")
              + "</style>\n");

  public SessionApi(OpenRooms rooms, ObjectMapper mapper, Clock clock) {
    this.rooms = rooms;
    this.mapper = mapper;
    this.codec = new EventCodec(mapper);
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(
        Routes.NOTES_MD.pattern(),
        ctx -> download(ctx, "text/markdown", "md", NotesExports.markdown(document(ctx))));
    routes.get(
        Routes.NOTES_TXT.pattern(),
        ctx -> download(ctx, "text/plain", "txt", NotesExports.dokuWiki(document(ctx))));
    routes.get(Routes.NOTES_HTML.pattern(), this::htmlExport);
    routes.get(Routes.LOG_JSON.pattern(), this::logJson);
    routes.get(Routes.NOTES_ZIP.pattern(), this::archive);
  }

  private void htmlExport(Context ctx) {
    ctx.header("Content-Disposition", "inline; filename=\"session-" + id(ctx) + "-notes.html\"");
    HtmlResponse.send(
        ctx,
        NotesHtml.page(document(ctx), id(ctx), exportStyles, false),
        HtmlResponse.EXPORT_POLICY);
  }

  private void logJson(Context ctx) {
    SessionDocument doc = document(ctx);
    ObjectNode body = mapper.createObjectNode();
    ObjectNode session = body.putObject("session");
    session.put("id", id(ctx));
    session.put("title", doc.title());
    session.put("room", doc.roomName());
    session.put("event", doc.eventTitle());
    ArrayNode events = body.putArray("events");
    for (SessionHistory.LogLine line : doc.history().log()) {
      ObjectNode entry = events.addObject();
      entry.put("seq", line.seq());
      entry.put("at", line.at().toString());
      entry.put("type", line.type());
      entry.put("text", line.text());
      entry.set("event", codec.toTree(line.event()));
    }
    ctx.contentType("application/json").result(body.toPrettyString());
  }

  /** Every session's notes of one event, in each export format, as one zip file. */
  private void archive(Context ctx) {
    String event = ctx.pathParam("event");
    List<OpenRoom> eventRooms =
        rooms.all().stream().filter(room -> room.info().eventSlug().equals(event)).toList();
    if (eventRooms.isEmpty()) {
      throw new ApiError(404, "there is no event \"" + event + "\"");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (OpenRoom room : eventRooms) {
        for (Agenda.Session session : room.agenda().sessions()) {
          SessionDocument doc =
              SessionDocument.read(new OpenRooms.SessionInRoom(room, session), clock);
          String name = room.info().slug().value() + "/session-" + session.id().value();
          entry(zip, name + ".md", NotesExports.markdown(doc));
          entry(zip, name + ".txt", NotesExports.dokuWiki(doc));
          entry(
              zip, name + ".html", NotesHtml.page(doc, session.id().value(), exportStyles, false));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + event + "-notes.zip\"")
        .contentType("application/zip")
        .result(bytes.toByteArray());
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static void download(Context ctx, String type, String extension, String text) {
    ctx.header(
            "Content-Disposition",
            "inline; filename=\"session-" + id(ctx) + "-notes." + extension + "\"")
        .contentType(type + "; charset=utf-8")
        .result(text);
  }

  private SessionDocument document(Context ctx) {
    SessionId id = new SessionId(id(ctx));
    return rooms
        .session(id)
        .map(found -> SessionDocument.read(found, clock))
        .orElseThrow(() -> new ApiError(404, "there is no session " + id.value()));
  }

  private static long id(Context ctx) {
    return Route.id(ctx.pathParam("id"))
        .orElseThrow(
            () -> new ApiError(404, "there is no session \"" + ctx.pathParam("id") + "\""));
  }
}
