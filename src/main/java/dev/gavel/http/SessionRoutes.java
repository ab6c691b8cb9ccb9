package dev.gavel.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.json.EventCodec;
import dev.gavel.live.LiveRoom;
import dev.gavel.live.Rooms;
import dev.gavel.notes.NotesExports;
import dev.gavel.notes.NotesHtml;
import dev.gavel.notes.ReportSvg;
import dev.gavel.notes.SessionDocument;
import dev.gavel.notes.SessionHistory;
import dev.gavel.notes.SessionPages;
import dev.gavel.room.Agenda;
import dev.gavel.room.SessionId;
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
 * A session's notes, log and report, as pages and as downloads. All of them are read from the
 * room's log, so they always agree with what the room saw.
 */
public final class SessionRoutes {

  private static final String STYLESHEET =
      "<link rel=\"stylesheet\" href=\"/assets/notes/notes.css\">";

  private final Rooms rooms;
  private final ObjectMapper mapper;
  private final EventCodec codec;
  private final Clock clock;
  // The tokens first: the stylesheet's own @import of them, no longer first, is then ignored, so
  // an exported page needs nothing from this server.
  private final String exportStyles =
      "<style>\n" + Pages.page("shared/tokens.css") + Pages.page("notes/notes.css") + "</style>";

  /** A session found in a room's programme. */
  private record Found(LiveRoom room, Agenda.Session session) {}

  public SessionRoutes(Rooms rooms, ObjectMapper mapper, Clock clock) {
    this.rooms = rooms;
    this.mapper = mapper;
    this.codec = new EventCodec(mapper);
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/sessions/{id}/notes",
        ctx -> HtmlResponse.send(ctx, NotesHtml.page(document(ctx), id(ctx), STYLESHEET, true)));
    routes.get(
        "/sessions/{id}/log",
        ctx -> HtmlResponse.send(ctx, SessionPages.log(document(ctx), id(ctx), STYLESHEET)));
    routes.get(
        "/sessions/{id}/report",
        ctx -> HtmlResponse.send(ctx, SessionPages.report(document(ctx), id(ctx), STYLESHEET)));
    routes.get(
        "/sessions/{id}/report.svg",
        ctx -> ctx.contentType("image/svg+xml").result(ReportSvg.render(document(ctx))));
    routes.get(
        "/api/sessions/{id}/notes.md",
        ctx -> download(ctx, "text/markdown", "md", NotesExports.markdown(document(ctx))));
    routes.get(
        "/api/sessions/{id}/notes.txt",
        ctx -> download(ctx, "text/plain", "txt", NotesExports.dokuWiki(document(ctx))));
    routes.get("/api/sessions/{id}/notes.html", this::htmlExport);
    routes.get("/api/sessions/{id}/log.json", this::logJson);
    routes.get("/api/events/{event}/notes.zip", this::archive);
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
    List<LiveRoom> eventRooms =
        rooms.all().stream().filter(room -> room.info().eventSlug().equals(event)).toList();
    if (eventRooms.isEmpty()) {
      throw new ApiError(404, "there is no event \"" + event + "\"");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (LiveRoom room : eventRooms) {
        for (Agenda.Session session : room.agenda().sessions()) {
          SessionDocument doc = document(new Found(room, session));
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
    return document(find(new SessionId(id(ctx))));
  }

  private SessionDocument document(Found found) {
    return new SessionDocument(
        found.room().info().eventTitle(),
        found.room().info().name(),
        SessionHistory.of(found.session(), found.room().service().loggedEvents(), clock.instant()),
        clock.getZone());
  }

  private Found find(SessionId id) {
    for (LiveRoom room : rooms.all()) {
      var session = room.agenda().session(id);
      if (session.isPresent()) {
        return new Found(room, session.get());
      }
    }
    throw new ApiError(404, "there is no session " + id.value());
  }

  private static long id(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[1-9]\\d{0,17}")) {
      throw new ApiError(404, "there is no session \"" + id + "\"");
    }
    return Long.parseLong(id);
  }
}
