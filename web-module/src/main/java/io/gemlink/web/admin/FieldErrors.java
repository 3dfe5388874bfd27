package io.gemlink.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.component.outputlabel.OutputLabel;

/**
 * A rule's refusal of a field, put on the form's input for it: the message starts with the input's label ("Title:",
 * "Images 1:" for {@code images[0]}), not the field's internal name, and the input is marked invalid, so PrimeFaces
 * draws it red until the next submit decodes it again. A field the form has no input for stays a message of the
 * page, named as readably as its code allows ({@link Labels#label}).
 */
public final class FieldErrors {

    /** One part of a field's path: {@code images[0]} is the name {@code images} and the index 0. */
    private static final Pattern PART = Pattern.compile("([A-Za-z0-9_]+)(?:\\[(\\d+)])?");

    private FieldErrors() {}

    /**
     * Shows {@code message} for {@code field} ({@code title}, {@code images[0]}, {@code pricing.markupPercent}) on the
     * input {@code formId:<id>}, where the id is the last part's name or the one {@code inputs} gives for it; a field
     * inside a list ({@code stones[1].caratWeight}) names its place: "Stones 2, carat weight: …".
     */
    public static void show(String formId, String field, String message, Map<String, String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String[] parts = String.valueOf(field).split("\\.");
        Matcher last = PART.matcher(parts[parts.length - 1]);
        String name = last.matches() ? last.group(1) : parts[parts.length - 1];
        UIComponent found = parts.length == 1 || !parts[0].contains("[")
                ? faces.getViewRoot().findComponent(formId + ":" + inputs.getOrDefault(name, name))
                : null;
        if (found instanceof UIInput input) {
            input.setValid(false);
            String index = last.matches() && last.group(2) != null ? " " + (Integer.parseInt(last.group(2)) + 1) : "";
            faces.addMessage(
                    input.getClientId(faces),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label(input, name) + index + ": " + message, null));
        } else {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, readable(parts) + ": " + message, null));
        }
    }

    /** "Stones 2, carat weight" for {@code stones[1].caratWeight}. */
    static String readable(String[] parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            Matcher m = PART.matcher(part);
            String words = Labels.label(m.matches() ? m.group(1) : part);
            text.append(text.length() == 0 ? words : ", " + words.toLowerCase(java.util.Locale.ROOT));
            if (m.matches() && m.group(2) != null) {
                text.append(' ').append(Integer.parseInt(m.group(2)) + 1);
            }
        }
        return text.toString();
    }

    /** The text of the form's label for {@code input}, else its field's name made readable. */
    private static String label(UIInput input, String name) {
        String id = input.getId();
        UIComponent form = input;
        while (form != null && !(form instanceof jakarta.faces.component.UIForm)) {
            form = form.getParent();
        }
        OutputLabel label = form == null ? null : find(form, id);
        Object value = label == null ? null : label.getValue();
        return value == null ? Labels.label(name) : value.toString();
    }

    private static OutputLabel find(UIComponent parent, String forId) {
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof OutputLabel label && forId.equals(label.getFor())) {
                return label;
            }
            OutputLabel nested = find(child, forId);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }
}
