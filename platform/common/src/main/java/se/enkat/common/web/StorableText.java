package se.enkat.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds text PostgreSQL cannot store: the NUL character (refused by {@code text} and {@code jsonb})
 * and a lone UTF-16 surrogate (no Unicode character at all: refused by {@code jsonb}, or silently
 * turned into "?" on the way). Such text is refused at the door with a 400 naming the field, so it
 * never becomes an acknowledged submission that no later stage can store.
 */
public final class StorableText {

  /** Where the first unstorable text is, and what is wrong with it. */
  public record Finding(String field, String problem) {}

  private static final int MAX_DEPTH = 64;

  private StorableText() {}

  /** What is wrong with the text, or null when PostgreSQL can store it. */
  public static String problemOf(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return "contains the NUL character (U+0000), which cannot be stored";
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "contains a lone surrogate (U+" + hex(c) + "), which is not a character";
      }
      if (Character.isLowSurrogate(c)) {
        return "contains a lone surrogate (U+" + hex(c) + "), which is not a character";
      }
    }
    return null;
  }

  /** The first unstorable text in a request body (records, JSON trees, lists and maps). */
  public static Optional<Finding> find(Object body) {
    return Optional.ofNullable(find(body, "$", 0));
  }

  private static Finding find(Object value, String path, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return null;
    }
    if (value instanceof String text) {
      return finding(path, text);
    }
    if (value instanceof JsonNode json) {
      return inJson(json, path, depth);
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        Finding found =
            firstOf(finding(path, key), () -> find(entry.getValue(), path + "." + key, depth + 1));
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        Finding found = find(item, path + "[" + index++ + "]", depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (value.getClass().isRecord()) {
      return inRecord(value, path, depth);
    }
    return null;
  }

  private static Finding inRecord(Object record, String path, int depth) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object part;
      try {
        part = component.getAccessor().invoke(record);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      Finding found = find(part, path + "." + component.getName(), depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Finding inJson(JsonNode json, String path, int depth) {
    if (json.isTextual()) {
      return finding(path, json.textValue());
    }
    if (json.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String at = path + "." + field.getKey();
        Finding found =
            firstOf(finding(at, field.getKey()), () -> inJson(field.getValue(), at, depth + 1));
        if (found != null) {
          return found;
        }
      }
    } else if (json.isArray()) {
      for (int i = 0; i < json.size(); i++) {
        Finding found = inJson(json.get(i), path + "[" + i + "]", depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Finding finding(String path, String text) {
    String problem = problemOf(text);
    return problem == null ? null : new Finding(readable(path), problem);
  }

  private static Finding firstOf(Finding first, java.util.function.Supplier<Finding> next) {
    return first != null ? first : next.get();
  }

  // "$.answers.q1" -> "answers.q1": the field as the contract's violations name it.
  private static String readable(String path) {
    String field = path.startsWith("$.") ? path.substring(2) : path.substring(1);
    return printable(field);
  }

  /** The text with NUL and lone surrogates written as escapes, safe to echo in a problem. */
  public static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append("\\u").append(hex(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }
}
