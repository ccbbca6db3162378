package io.nape.app.data;

import io.nape.store.records.Field;
import io.nape.store.records.KeySet;
import io.nape.store.records.Kind;
import io.nape.store.records.RecordType;
import io.nape.store.records.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record as an object of the data file, from its type's description: each field under its name,
 * an instant as ISO-8601 UTC text, a key as its key, a set of keys as an array of sorted keys, no
 * value as {@code null}. Reading checks each field as {@link Fields} does and names it by its path.
 */
final class RecordJson {
    private RecordJson() {}

    static <R> void write(ObjectNode node, RecordType<R> type, R record) {
        for (Field<R, ?> field : type.fields()) {
            put(node, field, field.of(record));
        }
    }

    private static void writeItems(ArrayNode array, RecordType<?> type, List<?> items) {
        for (Object item : items) {
            writeItem(array.addObject(), type, item);
        }
    }

    @SuppressWarnings("unchecked")
    private static <C> void writeItem(ObjectNode node, RecordType<C> type, Object item) {
        write(node, type, (C) item);
    }

    private static void put(ObjectNode node, Field<?, ?> field, @Nullable Object value) {
        String name = field.name();
        if (value == null) {
            node.putNull(name);
            return;
        }
        switch (field.kind()) {
            case ID:
                node.put(name, (Long) value);
                break;
            case WHOLE_NUMBER:
                node.put(name, (Integer) value);
                break;
            case INSTANT:
                node.put(name, value.toString());
                break;
            case KEY:
                node.put(name, field.keySet().keyOf(value));
                break;
            case KEYS:
                ArrayNode array = node.putArray(name);
                field.keySet().keysOf((Collection<?>) value).forEach(array::add);
                break;
            case BOOLEAN:
                node.put(name, (Boolean) value);
                break;
            case LIST:
                writeItems(node.putArray(name), field.items(), (List<?>) value);
                break;
            case TIME:
                node.put(name, value.toString());
                break;
            default:
                node.put(name, (String) value);
        }
    }

    /** The names of the type's fields, the only ones its objects may hold. */
    static String[] names(RecordType<?> type) {
        return type.fields().stream().map(Field::name).toArray(String[]::new);
    }

    /**
     * Read every field of the object in order into {@code values}, noting a problem for each wrong one;
     * give whether each record of its lists was right ({@code fields} says whether its own fields were).
     */
    static boolean read(Fields fields, RecordType<?> type, Values values) {
        boolean itemsOk = true;
        for (Field<?, ?> field : type.fields()) {
            if (field.kind() == Kind.LIST) {
                List<Object> items = new ArrayList<>();
                itemsOk &= items(fields, field, items);
                values.put(field, items);
            } else {
                values.put(field, value(fields, field));
            }
        }
        return itemsOk;
    }

    /** Read the records of a list field; only the right ones are kept. */
    private static boolean items(Fields fields, Field<?, ?> field, List<Object> items) {
        RecordType<?> type = field.items();
        List<JsonNode> nodes = fields.list(field.name());
        boolean allOk = true;
        for (int index = 0; index < nodes.size(); index++) {
            Fields item = fields.child(fields.path(field.name()) + "[" + index + "]", nodes.get(index), names(type));
            Values values = new Values();
            read(item, type, values);
            allOk &= item.ok();
            if (item.ok()) {
                items.add(type.build(values));
            }
        }
        return allOk;
    }

    private static @Nullable Object value(Fields fields, Field<?, ?> field) {
        String name = field.name();
        switch (field.kind()) {
            case ID:
                return fields.id();
            case INSTANT:
                return field.isOptional() ? fields.nullableInstant(name, true) : fields.instant(name);
            case WHOLE_NUMBER:
                if (field.isOptional()) {
                    return fields.nullableNumber(name, field.min(), field.max(), true);
                }
                return fields.number(name, field.min(), field.max());
            case BOOLEAN:
                return fields.bool(name);
            case TIME:
                return fields.nullableTime(name);
            case KEY:
                return key(fields, name, field.keySet());
            case KEYS:
                return keys(fields, name, field.keySet());
            default:
                return fields.text(name, field.max(), field.mayBeEmpty());
        }
    }

    private static <E> E key(Fields fields, String name, KeySet<E> keys) {
        Optional<E> first = keys.fromKey().apply(keys.allowed().get(0));
        return fields.key(name, keys.fromKey(), keys.allowed(), first.orElseThrow());
    }

    private static <E> Collection<E> keys(Fields fields, String name, KeySet<E> keys) {
        return fields.keys(name, keys.fromKey(), keys.allowed());
    }
}
