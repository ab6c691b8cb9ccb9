package dev.gavel;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.access.Access;
import dev.gavel.access.DeviceTokens;
import dev.gavel.access.OrganiserSecret;
import dev.gavel.access.Secrets;
import dev.gavel.api.PublicLimits;
import dev.gavel.api.QueueApi;
import dev.gavel.api.RoomApi;
import dev.gavel.api.ScheduleApi;
import dev.gavel.api.SessionApi;
import dev.gavel.http.Device;
import dev.gavel.http.OrganiserGate;
import dev.gavel.http.ReaderLane;
import dev.gavel.http.RoomVisibility;
import dev.gavel.http.RouteOwner;
import dev.gavel.json.EventCodec;
import dev.gavel.json.Json;
import dev.gavel.live.LiveLimits;
import dev.gavel.live.LiveSocket;
import dev.gavel.organise.OrganiseRoutes;
import dev.gavel.programme.DemoProgramme;
import dev.gavel.programme.ImportPace;
import dev.gavel.programme.RoomInfo;
import dev.gavel.programme.UnfinishedImport;
import dev.gavel.room.DamagedLog;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.OpenRooms;
import dev.gavel.screens.Favicon;
import dev.gavel.screens.RoomPages;
import dev.gavel.site.PublicSite;
import dev.gavel.startup.ServerClaim;
import dev.gavel.startup.StartupFailure;
import dev.gavel.store.Database;
import dev.gavel.store.EventLog;
import dev.gavel.store.ProgrammeChange;
import dev.gavel.store.ProgrammeEditor;
import dev.gavel.store.ProgrammeStore;
import dev.gavel.store.Proposals;
import dev.gavel.store.Settings;
import io.javalin.Javalin;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A running Gavel server: the database, every room brought back from its log, the HTTP and
 * WebSocket edges, and the heartbeat. {@link #start} is all that {@code Main} and the tests call.
 */
public final class Gavel implements AutoCloseable {

  static final String ORGANISER_SECRET = "organiser-secret";
  static final String DEVICE_KEY = "device-key";

  private final Config config;
  private final ServerClaim claim;
  private final Database database;
  private final ProgrammeStore programme;
  private final OpenRooms rooms;
  private final LiveSocket live;
  private final HttpSessions sessions;
  private final OrganiserSecret organiser;
  private final String publicBase;
  private final Javalin app;
  private final ScheduledExecutorService heartbeat;

  private Gavel(
      Config config,
      ServerClaim claim,
      Database database,
      ProgrammeStore programme,
      OpenRooms rooms,
      LiveSocket live,
      HttpSessions sessions,
      OrganiserSecret organiser,
      String publicBase,
      Javalin app,
      ScheduledExecutorService heartbeat) {
    this.config = config;
    this.claim = claim;
    this.database = database;
    this.programme = programme;
    this.rooms = rooms;
    this.live = live;
    this.sessions = sessions;
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
    Settings settings = new Settings(database);
    OrganiserSecret organiser = organiserSecret(config, settings, secrets);
    String organiserSecret = organiser.value();

    EventLog log = new EventLog(database, new EventCodec(mapper));
    // Known once the server listens (a test asks for any free port).
    AtomicReference<String> publicBase = new AtomicReference<>("");
    OpenRooms rooms = new OpenRooms(log, config.clock(), config.thresholds(), publicBase::get);
    rooms.update(programme.rooms(), programme.agendas());
    programme.followChanges(change -> followProgramme(rooms, programme, change));
    // Pages kept as bytes are kept under it: a new name or time zone is a new page.
    AtomicLong programmeVersion = new AtomicLong();
    programme.onChange(programmeVersion::incrementAndGet);
    Access access = new Access(organiserSecret, slug -> rooms.find(slug).map(OpenRoom::info));
    LiveSocket live =
        new LiveSocket(
            rooms,
            access,
            mapper,
            config.clock(),
            LiveLimits.of(
                config.heartbeat(),
                config.silenceLimit(),
                config.viewerHeartbeat(),
                config.viewerSilenceLimit(),
                config.outboxLimit(),
                config.outboxBytes()));
    Proposals proposals = new Proposals(database, programme, config.clock());
    OrganiserGate gate = new OrganiserGate(access, organiserSecret);
    RoomVisibility visibility = new RoomVisibility(access, gate);
    List<RouteOwner> owners =
        List.of(
            new Favicon(),
            new RoomPages(
                rooms,
                access,
                visibility,
                live::viewerSnapshot,
                event -> programme.timeZone(event).orElse(ZoneOffset.UTC),
                programmeVersion::get),
            new PublicSite(
                rooms,
                programme,
                proposals,
                visibility,
                new Device(secrets::next),
                config.clock(),
                config.rendering()),
            new OrganiseRoutes(
                programme,
                new ProgrammeEditor(database, programme, secrets::next),
                proposals,
                gate),
            new RoomApi(rooms, access, visibility, mapper, config.clock()),
            new QueueApi(
                rooms,
                visibility,
                deviceTokens(settings, secrets),
                new PublicLimits(config.clock()),
                mapper),
            new SessionApi(rooms, visibility, mapper, config.clock()),
            new ScheduleApi(
                programme,
                gate,
                secrets::next,
                config.clock(),
                () ->
                    new ImportPace(
                        ImportPace.LIVE_FIRST,
                        System::nanoTime,
                        database::lastLiveWork,
                        Gavel::standAside)));
    HttpSessions sessions = new HttpSessions();
    Javalin app =
        App.create(
            mapper,
            owners,
            live,
            visibility.socketGuard(rooms),
            // Jetty's own idle limit is only the backstop: the heartbeat closes silent sockets
            // first.
            live.longestSilence().multipliedBy(2),
            sessions,
            new ReaderLane(config.readers(), visibility::provesRole));
    claim.listen(app, config.host(), config.port());
    publicBase.set(
        config.publicUrl().orElseGet(() -> Addresses.bases(config.host(), app.port()).getFirst()));

    ScheduledExecutorService heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().daemon().name("gavel-heartbeat").unstarted(task));
    long period = live.heartbeatMillis();
    heartbeat.scheduleAtFixedRate(live::heartbeat, period, period, TimeUnit.MILLISECONDS);
    return new Gavel(
        config,
        claim,
        database,
        programme,
        rooms,
        live,
        sessions,
        organiser,
        publicBase.get(),
        app,
        heartbeat);
  }

  /** An import standing aside for live rooms: an interrupt ends the pause, and is kept. */
  private static void standAside(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Keeps the rooms in step with the programme. After an import only its own event's rooms are read
   * again: the other events are as they were, and reading every programme again after each import
   * would grow with every event the server holds.
   */
  private static void followProgramme(
      OpenRooms rooms, ProgrammeStore programme, ProgrammeChange change) {
    switch (change) {
      case ProgrammeChange.AnyEvent any -> rooms.update(programme.rooms(), programme.agendas());
      case ProgrammeChange.OneEvent one ->
          rooms.update(
              programme.rooms().stream()
                  .filter(room -> room.eventSlug().equals(one.slug()))
                  .toList(),
              programme.agendas(one.slug()));
    }
  }

  /**
   * The key that signs attendees' device tokens, kept so that phones keep theirs across restarts.
   */
  private static DeviceTokens deviceTokens(Settings settings, Secrets secrets) {
    String key =
        settings
            .get(DEVICE_KEY)
            .orElseGet(
                () -> {
                  String made = secrets.next() + secrets.next();
                  settings.put(DEVICE_KEY, made);
                  return made;
                });
    return new DeviceTokens(key, secrets);
  }

  private static OrganiserSecret organiserSecret(
      Config config, Settings settings, Secrets secrets) {
    OrganiserSecret organiser =
        OrganiserSecret.choose(
            config.organiserSecret(),
            settings.get(ORGANISER_SECRET),
            config.newOrganiserSecret(),
            secrets::next);
    if (organiser.madeNow()) {
      settings.put(ORGANISER_SECRET, organiser.value());
    }
    return organiser;
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

  /** How many HTTP sessions the server holds: none outlive the request that made them. */
  public long httpSessionsHeld() {
    return sessions.held();
  }

  /** How many sockets watch the room, and how many bytes they have not taken yet. */
  public LiveLoad liveLoad(String room) {
    return rooms
        .find(room)
        .map(open -> new LiveLoad(live.socketCount(open), live.queuedBytes(open)))
        .orElse(new LiveLoad(0, 0));
  }

  /**
   * @param queuedBytes what the sockets hold the server to: sent to them, not taken yet
   */
  public record LiveLoad(int sockets, long queuedBytes) {}

  public List<RoomInfo> rooms() {
    return rooms.all().stream().map(OpenRoom::info).toList();
  }

  /** Imports that stopped part way, by a failure or a crash, and are not completed yet. */
  public List<UnfinishedImport> unfinishedImports() {
    return programme.unfinishedImports();
  }

  /** What is wrong with each room closed because its log is damaged. */
  public List<DamagedLog> damagedRooms() {
    return rooms.closed().stream().flatMap(room -> room.damage().stream()).toList();
  }

  /**
   * Stops taking connections, then closes the database and lets the data folder go; every
   * acknowledged event is on disk.
   */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    app.stop();
    live.close();
    database.close();
    claim.close();
  }
}
