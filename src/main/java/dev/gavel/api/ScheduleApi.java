package dev.gavel.api;

import dev.gavel.http.ApiError;
import dev.gavel.http.Bearer;
import dev.gavel.http.OrganiserGate;
import dev.gavel.http.RouteOwner;
import dev.gavel.programme.EventPlan;
import dev.gavel.programme.ImportPace;
import dev.gavel.programme.ImportResult;
import dev.gavel.programme.Programme;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.programme.UnfinishedImport;
import dev.gavel.programme.exchange.ImportAnswer;
import dev.gavel.programme.exchange.ImportException;
import dev.gavel.programme.exchange.ImportOptions;
import dev.gavel.programme.exchange.Imported;
import dev.gavel.programme.exchange.ScheduleExport;
import dev.gavel.programme.exchange.ScheduleFormat;
import dev.gavel.programme.exchange.ScheduleImport;
import dev.gavel.route.Routes;
import dev.gavel.store.ImportStopped;
import dev.gavel.store.ProgrammeStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programme in and out of the usual conference tools: {@code POST /api/events/import} takes a
 * frab XML, pretalx or c3voc JSON, iCalendar or CSV schedule (organiser only; all of it or nothing;
 * {@code ?dryRun=true} answers the same and changes nothing), and {@code GET
 * /api/events/{event}/schedule.xml|.ics|.json} give a published programme back, {@code gavel.json}
 * the whole of it.
 */
public final class ScheduleApi implements RouteOwner {

  /** How much of a refused file is read (and thrown away) so that its sender hears why. */
  private static final Logger LOG = LoggerFactory.getLogger(ScheduleApi.class);

  private static final long DRAIN_LIMIT = 4L * ScheduleImport.MAX_BYTES;

  private final ProgrammeStore programme;
  private final OrganiserGate gate;
  private final Supplier<String> newSecret;
  private final Clock clock;
  private final Supplier<ImportPace> paces;

  /**
   * @param newSecret makes the moderator's and note-taker's secrets of rooms an import makes
   * @param clock dates the export of a programme with nothing scheduled
   * @param paces a fresh pace for each import, which stands aside while rooms are busy
   */
  public ScheduleApi(
      ProgrammeStore programme,
      OrganiserGate gate,
      Supplier<String> newSecret,
      Clock clock,
      Supplier<ImportPace> paces) {
    this.programme = programme;
    this.gate = gate;
    this.newSecret = newSecret;
    this.clock = clock;
    this.paces = paces;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post(Routes.IMPORT.pattern(), this::importSchedule);
    routes.get(
        Routes.SCHEDULE_XML.pattern(),
        ctx ->
            export(
                ctx,
                "application/xml; charset=utf-8",
                "xml",
                plan -> ScheduleExport.frabXml(plan, today(plan))));
    routes.get(
        Routes.SCHEDULE_ICS.pattern(),
        ctx -> export(ctx, "text/calendar; charset=utf-8", "ics", ScheduleExport::iCalendar));
    routes.get(
        Routes.SCHEDULE_JSON.pattern(),
        ctx ->
            export(
                ctx,
                "application/json; charset=utf-8",
                "json",
                plan -> ScheduleExport.json(plan, publicPage(ctx, plan), today(plan))));
    routes.get(
        Routes.GAVEL_JSON.pattern(),
        ctx ->
            export(
                ctx, "application/json; charset=utf-8", "gavel.json", ScheduleExport::gavelJson));
  }

  private void importSchedule(Context ctx) {
    if (!gate.admits(ctx)) {
      throw Bearer.present(ctx)
          ? new ApiError(403, "only the organiser's secret may import a programme")
          : new ApiError(401, "importing needs \"Authorization: Bearer <organiser secret>\"");
    }
    if (!OrganiserGate.sameOrigin(ctx)) {
      throw new ApiError(403, "an import must come from this server's own pages or a script");
    }
    ScheduleFormat format =
        ScheduleFormat.ofContentType(ctx.contentType())
            .orElseThrow(
                () ->
                    new ApiError(
                        415,
                        "cannot import \""
                            + ctx.contentType()
                            + "\": send application/xml (frab), application/json (pretalx),"
                            + " text/calendar (iCalendar) or text/csv"));
    ImportPace pace = paces.get();
    Imported imported;
    try {
      imported = ScheduleImport.read(format, body(ctx), options(ctx), pace);
    } catch (ImportException e) {
      throw new ApiError(400, e.getMessage());
    }
    boolean dryRun = "true".equalsIgnoreCase(ctx.queryParam("dryRun"));
    // A conference tool's schedule is public already; a spreadsheet is a draft until published.
    boolean publish = format != ScheduleFormat.CSV;
    ImportResult result;
    try {
      result =
          dryRun
              ? programme.previewImport(imported.plan(), publish)
              : programme.importPlan(imported.plan(), newSecret, publish, pace);
    } catch (ProgrammeException e) {
      throw new ApiError(409, e.getMessage());
    } catch (ImportStopped e) {
      LOG.error("an import stopped part way", e);
      UnfinishedImport run = e.unfinished();
      ctx.status(503)
          .json(
              Map.of(
                  "error",
                  e.getMessage(),
                  "unfinished",
                  Map.of(
                      "event", run.event(),
                      "written",
                          Map.of("sessions", run.writtenSessions(), "topics", run.writtenTopics()),
                      "of", Map.of("sessions", run.sessions(), "topics", run.topics()))));
      return;
    }
    boolean published = programme.published(result.event()).orElse(publish);
    ctx.json(
        ImportAnswer.of(
            imported, result, published, dryRun, Routes.SCHEDULE_JSON.path(result.event())));
  }

  /** The day of the export where the event is: the date of a schedule with nothing in it. */
  private LocalDate today(EventPlan plan) {
    return LocalDate.ofInstant(clock.instant(), plan.timeZone());
  }

  /** Where the event's public programme is, for the schedule's base_url. */
  private static String publicPage(Context ctx, EventPlan plan) {
    return ctx.scheme() + "://" + ctx.host() + Routes.PROGRAMME.path(plan.slug()) + "/";
  }

  /**
   * The file, read straight from the request up to the import limit: far larger than a command may
   * be, and refused once it goes past the limit, before it is parsed.
   */
  private static byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > ScheduleImport.MAX_BYTES) {
        drain(in, declared);
        throw tooLarge(declared);
      }
      byte[] body = in.readNBytes(ScheduleImport.MAX_BYTES + 1);
      if (body.length > ScheduleImport.MAX_BYTES) {
        drain(in, declared);
        throw tooLarge(-1);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads what is left of a refused file, up to a bound, so that the sender gets the answer: a
   * server that closes while a client is still sending makes the client lose the answer with the
   * connection. A sender that goes on past the bound is cut off.
   */
  private static void drain(InputStream in, long declared) throws IOException {
    if (declared > DRAIN_LIMIT) {
      return;
    }
    byte[] buffer = new byte[64 * 1024];
    long left = DRAIN_LIMIT;
    for (int read = in.read(buffer); read >= 0 && left > 0; read = in.read(buffer)) {
      left -= read;
    }
  }

  private static ApiError tooLarge(long size) {
    String limit = ScheduleImport.MAX_BYTES / (1024 * 1024) + " MB";
    return new ApiError(
        413,
        size > 0
            ? String.format(
                "the file is %.1f MB; Gavel imports files of up to %s",
                size / (1024.0 * 1024), limit)
            : "the file is larger than " + limit + ", the most Gavel imports");
  }

  /**
   * What the query gives; importing into an event that exists, its own title fills what the query
   * leaves out, and its zone stays unless {@code ?timeZone=} names another, so a re-import never
   * resets it and a spreadsheet's wall-clock times are read in it.
   */
  private ImportOptions options(Context ctx) {
    String slug = ctx.queryParam("event");
    String title = ctx.queryParam("title");
    String zone = ctx.queryParam("timeZone");
    ZoneId timeZone;
    try {
      timeZone = zone == null || zone.isBlank() ? null : ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new ApiError(400, "timeZone=" + zone + " is not a time zone; try Europe/Dublin or UTC");
    }
    Optional<Programme> existing =
        slug == null || slug.isBlank() ? Optional.empty() : programme.programme(slug);
    if (existing.isPresent()) {
      title = title != null ? title : existing.get().title();
    }
    return new ImportOptions(slug, title, timeZone, programme::timeZone);
  }

  /** A published programme for anyone; an unpublished one for the organiser only. */
  private void export(
      Context ctx, String contentType, String extension, Function<EventPlan, String> writer) {
    String slug = ctx.pathParam("event");
    Programme found =
        programme
            .programme(slug)
            .filter(event -> event.published() || gate.admits(ctx))
            .orElseThrow(() -> new ApiError(404, "there is no published event \"" + slug + "\""));
    ctx.header("Content-Disposition", "inline; filename=\"" + found.slug() + "." + extension + "\"")
        .header("Cache-Control", "no-cache")
        .contentType(contentType)
        .result(writer.apply(found.plan()));
  }
}
