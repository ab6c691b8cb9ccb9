package dev.gavel.html;

import java.util.List;
import java.util.function.Function;

/**
 * Labelled form controls. A wrong field is marked invalid and its message, right under it, is tied
 * to it with {@code aria-describedby}, so a screen reader reads the message with the field.
 *
 * <p>{@code attributes} are literal attributes written in code ({@code required min="1"}), never
 * anything typed by a person; values always go through {@link Markup}'s escaping.
 */
public final class Fields {

  private Fields() {}

  public static Markup input(
      FormState form, String field, String label, String type, String value, String attributes) {
    return wrap(
        form,
        field,
        label,
        hint ->
            Markup.of(
                "<input id=\"{}\" name=\"{}\" type=\"{}\" value=\"{}\"" + attributes + "{}>",
                form.elementId(field),
                field,
                type,
                form.value(field, value),
                hint));
  }

  /** A title: required, at most 200 characters, the same everywhere a title is typed. */
  public static Markup title(FormState form, String value) {
    return input(form, "title", "Title", "text", value, " required maxlength=\"200\"");
  }

  /** A slug for an address: lower-case letters, digits and dashes. */
  public static Markup slug(FormState form) {
    return input(
        form,
        "slug",
        "Slug (in its links)",
        "text",
        "",
        " required maxlength=\"64\" pattern=\"[a-z0-9-]+\"");
  }

  public static Markup textarea(
      FormState form, String field, String label, String value, int rows, String attributes) {
    return wrap(
        form,
        field,
        label,
        hint ->
            Markup.of(
                "<textarea id=\"{}\" name=\"{}\" rows=\"{}\"" + attributes + "{}>{}</textarea>",
                form.elementId(field),
                field,
                rows,
                hint,
                form.value(field, value)));
  }

  public static Markup select(
      FormState form, String field, String label, List<String> choices, String value) {
    String chosen = form.value(field, value);
    Markup options = new Markup();
    for (String choice : choices) {
      options.add("<option{}>{}</option>", selected(choice.equals(chosen)), choice);
    }
    return wrap(
        form,
        field,
        label,
        hint ->
            Markup.of(
                "<select id=\"{}\" name=\"{}\"{}>{}</select>",
                form.elementId(field),
                field,
                hint,
                options));
  }

  private static Markup selected(boolean selected) {
    return selected ? Markup.of(" selected") : new Markup();
  }

  /** The label, the control (given the attributes that tie it to its message), the message. */
  private static Markup wrap(
      FormState form, String field, String label, Function<Markup, Markup> control) {
    String error = form.error(field);
    String errorId = form.elementId(field) + "-error";
    Markup hint =
        error == null
            ? new Markup()
            : Markup.of(" aria-invalid=\"true\" aria-describedby=\"{}\"", errorId);
    Markup out =
        Markup.of(
                "<div class=\"field{}\"><label for=\"{}\">{}</label>",
                error == null ? "" : " invalid",
                form.elementId(field),
                label)
            .add(control.apply(hint));
    if (error != null) {
      out.add("<p class=\"field-error\" id=\"{}\">{}</p>", errorId, error);
    }
    return out.add("</div>");
  }

  /** A form of nothing but a button, such as Delete or Up: the action is in its address. */
  public static Markup button(String action, String label, String cssClass, Markup hidden) {
    return Markup.of(
        "<form method=\"post\" action=\"{}\" class=\"inline\">{}<button type=\"submit\""
            + " class=\"{}\">{}</button></form>",
        action,
        hidden,
        cssClass,
        label);
  }

  public static Markup hidden(String name, Object value) {
    return Markup.of("<input type=\"hidden\" name=\"{}\" value=\"{}\">", name, value);
  }

  /** A message about the whole form, shown above its fields. */
  public static Markup formError(FormState form) {
    String error = form.error(FormState.WHOLE_FORM);
    return error == null
        ? new Markup()
        : Markup.of("<p class=\"field-error\" id=\"{}-error\">{}</p>", form.id(), error);
  }
}
