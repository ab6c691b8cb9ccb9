package dev.gavel.programme.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.programme.EventPlan.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of a JSON schedule's event, as frab ({@code public_name}, numeric {@code id}), pretalx
 * ({@code name}, {@code code}) and the schedule v2 ({@code name}, {@code guid}) write them, or as
 * plain names; and its links, as objects with a {@code url} (or {@code href}) and a {@code title}.
 *
 * @param ids each person's id in the file, by name
 */
record People(List<String> names, Map<String, String> ids) {

  static People of(JsonNode event, String field, String path) {
    List<String> names = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    List<JsonNode> people = JsonFields.array(event, field, path);
    for (int i = 0; i < people.size(); i++) {
      JsonNode person = people.get(i);
      String personPath = JsonFields.join(path, field) + "[" + i + "]";
      if (person.isTextual()) {
        names.add(person.asText());
      } else if (person.isObject()) {
        String name =
            PlanAssembly.firstText(
                JsonFields.text(person, "public_name", personPath),
                JsonFields.text(person, "name", personPath));
        if (name == null) {
          continue;
        }
        names.add(name);
        String id =
            PlanAssembly.firstText(
                JsonFields.id(person, "id", personPath),
                JsonFields.text(person, "guid", personPath),
                JsonFields.text(person, "code", personPath));
        if (id != null) {
          ids.put(name.strip(), id);
        }
      } else {
        throw JsonFields.wrongType(personPath, "an object", person);
      }
    }
    return new People(names, ids);
  }

  static List<Link> links(JsonNode event, String path) {
    List<Link> links = new ArrayList<>();
    List<JsonNode> nodes = JsonFields.array(event, "links", path);
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode link = nodes.get(i);
      String linkPath = JsonFields.join(path, "links") + "[" + i + "]";
      if (link.isTextual() && !link.asText().isBlank()) {
        links.add(new Link(link.asText(), null));
      } else if (link.isObject()) {
        String url =
            PlanAssembly.firstText(
                JsonFields.text(link, "url", linkPath), JsonFields.text(link, "href", linkPath));
        if (url != null) {
          links.add(new Link(url, JsonFields.text(link, "title", linkPath)));
        }
      }
    }
    return links;
  }
}
