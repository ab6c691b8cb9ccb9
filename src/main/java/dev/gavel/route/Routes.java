package dev.gavel.route;

/**
 * Every address the server answers, by audience: each route is declared from here and each link is
 * built from here. The package named beside each group owns its routes.
 */
public final class Routes {

  private Routes() {}

  // The room's screens (screens/; the socket: live/). Viewing needs nothing; writing needs a key.
  public static final Route HOME = new Route("/");
  public static final Route FAVICON = new Route("/favicon.ico");
  public static final Route ROOM = new Route("/rooms/{room}");
  public static final Route DISPLAY = new Route("/rooms/{room}/display");
  public static final Route MODERATE = new Route("/rooms/{room}/moderate");
  public static final Route TAKE_NOTES = new Route("/rooms/{room}/notes");
  public static final Route JOIN_CODE = new Route("/rooms/{room}/join.svg");
  public static final Route LIVE = new Route("/rooms/{room}/live");
  public static final Route STAGE = new Route("/rooms/{room}/stage");
  public static final Route MIC = new Route("/rooms/{room}/mic");

  // The public site (site/): the published programme and a session's pages.
  public static final Route PROGRAMME = new Route("/events/{event}");
  public static final Route ATTEND = new Route("/sessions/{id}/attend");
  public static final Route PROPOSE = new Route("/sessions/{id}/propose");
  public static final Route PROPOSED = new Route("/sessions/{id}/proposed");
  public static final Route NOTES = new Route("/sessions/{id}/notes");
  public static final Route LOG = new Route("/sessions/{id}/log");
  public static final Route REPORT = new Route("/sessions/{id}/report");
  public static final Route REPORT_SVG = new Route("/sessions/{id}/report.svg");

  // The automation API (api/): JSON, and the exports scripts fetch.
  public static final Route API_ROOMS = new Route("/api/rooms");
  public static final Route API_STATE = new Route("/api/rooms/{room}/state");
  public static final Route API_COMMANDS = new Route("/api/rooms/{room}/commands");
  // The attendees' one way in: the speaking queue, with a device token and no secret.
  public static final Route API_QUEUE = new Route("/api/rooms/{room}/queue");
  public static final Route API_QUEUE_ENTRY = new Route("/api/rooms/{room}/queue/{id}");
  public static final Route API_PLUS_ONE = new Route("/api/rooms/{room}/queue/{id}/plus-one");
  public static final Route NOTES_MD = new Route("/api/sessions/{id}/notes.md");
  public static final Route NOTES_TXT = new Route("/api/sessions/{id}/notes.txt");
  public static final Route NOTES_HTML = new Route("/api/sessions/{id}/notes.html");
  public static final Route LOG_JSON = new Route("/api/sessions/{id}/log.json");
  public static final Route NOTES_ZIP = new Route("/api/events/{event}/notes.zip");
  public static final Route IMPORT = new Route("/api/events/import");
  public static final Route SCHEDULE_XML = new Route("/api/events/{event}/schedule.xml");
  public static final Route SCHEDULE_ICS = new Route("/api/events/{event}/schedule.ics");
  public static final Route SCHEDULE_JSON = new Route("/api/events/{event}/schedule.json");
  public static final Route GAVEL_JSON = new Route("/api/events/{event}/gavel.json");

  // The organiser (organise/): every page needs the organiser's secret.
  public static final Route ORGANISE = new Route("/organise");
  public static final Route NEW_EVENT = new Route("/organise/events");
  public static final Route EVENT = new Route("/organise/events/{event}");
  public static final Route PUBLISH = new Route("/organise/events/{event}/publish");
  public static final Route ADD_ROOM = new Route("/organise/events/{event}/rooms");
  public static final Route EDIT_ROOM = new Route("/organise/events/{event}/rooms/{room}");
  // a big event's room and session each have a page: GET shows it, POST (above, below) edits it
  public static final Route ORGANISE_ROOM = new Route("/organise/events/{event}/rooms/{room}");
  public static final Route ADD_SESSION =
      new Route("/organise/events/{event}/rooms/{room}/sessions");
  public static final Route EDIT_SESSION = new Route("/organise/events/{event}/sessions/{id}");
  public static final Route ORGANISE_SESSION = new Route("/organise/events/{event}/sessions/{id}");
  public static final Route DELETE_SESSION =
      new Route("/organise/events/{event}/sessions/{id}/delete");
  public static final Route ADD_TOPIC = new Route("/organise/events/{event}/sessions/{id}/topics");
  public static final Route ADD_SESSION_STAKEHOLDER =
      new Route("/organise/events/{event}/sessions/{id}/stakeholders");
  public static final Route EDIT_TOPIC = new Route("/organise/events/{event}/topics/{id}");
  public static final Route DELETE_TOPIC = new Route("/organise/events/{event}/topics/{id}/delete");
  public static final Route MOVE_TOPIC = new Route("/organise/events/{event}/topics/{id}/move");
  public static final Route ADD_TOPIC_STAKEHOLDER =
      new Route("/organise/events/{event}/topics/{id}/stakeholders");
  public static final Route STAKEHOLDER_STATE =
      new Route("/organise/events/{event}/stakeholders/{id}/state");
  public static final Route REMOVE_STAKEHOLDER =
      new Route("/organise/events/{event}/stakeholders/{id}/delete");
  public static final Route ADD_PRIORITY = new Route("/organise/events/{event}/priorities");
  public static final Route REMOVE_PRIORITY =
      new Route("/organise/events/{event}/priorities/delete");
  public static final Route ACCEPT_PROPOSAL =
      new Route("/organise/events/{event}/proposals/{id}/accept");
  public static final Route DECLINE_PROPOSAL =
      new Route("/organise/events/{event}/proposals/{id}/decline");

  // The views' own files from web/, served as they are.
  public static final String ASSETS = "/assets";

  public static String asset(String file) {
    return ASSETS + "/" + file;
  }
}
