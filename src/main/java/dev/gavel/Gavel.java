package dev.gavel;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.access.Access;
import dev.gavel.access.OrganiserSecret;
import dev.gavel.access.Secrets;
import dev.gavel.http.ApiRoutes;
import dev.gavel.http.Pages;
import dev.gavel.http.SessionRoutes;
import dev.gavel.json.EventCodec;
import dev.gavel.json.Json;
import dev.gavel.live.LiveRoom;
import dev.gavel.live.LiveSocket;
import dev.gavel.live.Rooms;
import dev.gavel.organise.OrganiseRoutes;
import dev.gavel.programme.DemoProgramme;
import dev.gavel.programme.RoomInfo;
import dev.gavel.room.Agenda;
import dev.gavel.room.RoomService;
import dev.gavel.room.RoomSlug;
import dev.gavel.startup.ServerClaim;
import dev.gavel.startup.StartupFailure;
import dev.gavel.store.Database;
import dev.gavel.store.EventLog;
import dev.gavel.store.ProgrammeEditor;
import dev.gavel.store.ProgrammeStore;
import dev.gavel.store.Proposals;
import dev.gavel.store.Settings;
import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A running Gavel server: the database, every room brought back from its log, the HTTP and
 * WebSocket edges, and the heartbeat. {@link #start} is all that {@code Main} and the tests call.
 */
public final class Gavel implements AutoCloseable {

  static final String ORGANISER_SECRET = "organiser-secret";

  private final Config config;
  private final ServerClaim claim;
  private final Database database;
  private final Rooms rooms;
  private final OrganiserSecret organiser;
  private final String publicBase;
  private final Javalin app;
  private final ScheduledExecutorService heartbeat;

  private Gavel(
      Config config,
      ServerClaim claim,
      Database database,
      Rooms rooms,
      OrganiserSecret organiser,
      String publicBase,
      Javalin app,
      ScheduledExecutorService heartbeat) {
    this.config = config;
    this.claim = claim;
    this.database = database;
    this.rooms = rooms;
    this.organiser = organiser;
    this.publicBase = publicBase;
    this.app = app;
    this.heartbeat = heartbeat;
  }

  /**
   * @throws StartupFailure when the port or the data folder cannot be had; nothing is written then
   */
  public static Gavel start(Config config) {
    ServerClaim claim = ServerClaim.take(config.host(), config.port(), config.dataDir());
    try {
      Database database = Database.open(config.databaseFile());
      try {
        return start(config, claim, database);
      } catch (RuntimeException e) {
        database.close();
        throw e;
      }
    } catch (RuntimeException e) {
      claim.close();
      throw e;
    }
  }

  private static Gavel start(Config config, ServerClaim claim, Database database) {
    ObjectMapper mapper = Json.mapper();
    Secrets secrets = new Secrets();
    ProgrammeStore programme = new ProgrammeStore(database);
    if (config.demo() && programme.isEmpty()) {
      programme.create(DemoProgramme.plan(), secrets::next);
    }
    programme.giveEveryRoomANotesSecret(secrets::next);
    OrganiserSecret organiser = organiserSecret(config, new Settings(database), secrets);
    String organiserSecret = organiser.value();

    EventLog log = new EventLog(database, new EventCodec(mapper));
    // Known once the server listens (a test asks for any free port).
    AtomicReference<String> publicBase = new AtomicReference<>("");
    Rooms rooms = new Rooms();
    RoomOpener opener =
        (info, programmed) -> {
          AtomicReference<Agenda> agenda = new AtomicReference<>(programmed);
          RoomService service = RoomService.replay(info.slug(), log, config.clock(), agenda::get);
          return new LiveRoom(
              info, agenda, service, publicBase::get, mapper, config.thresholds(), config.clock());
        };
    Map<RoomSlug, Agenda> agendas = programme.agendas();
    programme.rooms().forEach(info -> rooms.add(opener.open(info, agendas.get(info.slug()))));
    programme.onChange(() -> follow(programme, rooms, opener));
    Access access = new Access(organiserSecret, slug -> rooms.find(slug).map(LiveRoom::info));
    LiveSocket live =
        new LiveSocket(
            rooms, access, mapper, config.clock(), config.outboxLimit(), config.silenceLimit());
    Javalin app =
        App.create(
            mapper,
            new ApiRoutes(rooms, access, mapper, config.clock()),
            new Pages(rooms, access),
            new SessionRoutes(rooms, mapper, config.clock()),
            new OrganiseRoutes(
                programme,
                new ProgrammeEditor(database, programme, secrets::next),
                new Proposals(database, programme, config.clock()),
                access,
                organiserSecret,
                secrets::next),
            live,
            // Jetty's own idle limit is only the backstop: the heartbeat closes silent sockets
            // first.
            config.silenceLimit().plus(config.heartbeat()).multipliedBy(2));
    claim.listen(app, config.host(), config.port());
    publicBase.set(
        config.publicUrl().orElseGet(() -> Addresses.bases(config.host(), app.port()).getFirst()));

    ScheduledExecutorService heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().daemon().name("gavel-heartbeat").unstarted(task));
    long period = config.heartbeat().toMillis();
    heartbeat.scheduleAtFixedRate(live::heartbeat, period, period, TimeUnit.MILLISECONDS);
    return new Gavel(config, claim, database, rooms, organiser, publicBase.get(), app, heartbeat);
  }

  private static OrganiserSecret organiserSecret(
      Config config, Settings settings, Secrets secrets) {
    OrganiserSecret organiser =
        OrganiserSecret.choose(
            config.adminSecret(),
            settings.get(ORGANISER_SECRET),
            config.newOrganiserSecret(),
            secrets::next);
    if (organiser.madeNow()) {
      settings.put(ORGANISER_SECRET, organiser.value());
    }
    return organiser;
  }

  /** What a room needs to run, from its entry in the programme. */
  private interface RoomOpener {
    LiveRoom open(RoomInfo info, Agenda agenda);
  }

  /**
   * After the organiser changed the programme: rooms new to it open, and every room whose agenda
   * changed shows the new one on its screens at once.
   */
  private static synchronized void follow(
      ProgrammeStore programme, Rooms rooms, RoomOpener opener) {
    Map<RoomSlug, Agenda> agendas = programme.agendas();
    for (RoomInfo info : programme.rooms()) {
      Agenda agenda = agendas.getOrDefault(info.slug(), Agenda.empty());
      rooms
          .find(info.slug())
          .ifPresentOrElse(
              room -> room.replaceProgramme(info, agenda),
              () -> rooms.add(opener.open(info, agenda)));
    }
  }

  public int port() {
    return app.port();
  }

  public Config config() {
    return config;
  }

  /** The address people in the room use, such as {@code http://192.168.1.20:7070}. */
  public String publicBase() {
    return publicBase;
  }

  public String organiserSecret() {
    return organiser.value();
  }

  /** The organiser's secret with where it came from: whether it may be printed. */
  public OrganiserSecret organiser() {
    return organiser;
  }

  public List<RoomInfo> rooms() {
    return rooms.all().stream().map(LiveRoom::info).toList();
  }

  /**
   * Stops taking connections, then closes the database and lets the data folder go; every
   * acknowledged event is on disk.
   */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    app.stop();
    database.close();
    claim.close();
  }
}
