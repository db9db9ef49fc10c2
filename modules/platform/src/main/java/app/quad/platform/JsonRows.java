package app.quad.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Turns the rows of a query into a JSON array of objects named after the columns, for exports of
 * personal data: whatever columns a module selects come out, so a new column is one word in a
 * query. Date-times are the UTC instants the columns hold (see {@link InstantConverter}).
 */
public final class JsonRows {

    private JsonRows() {
    }

    public static JsonArray query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                JsonArrayBuilder array = Json.createArrayBuilder();
                while (rows.next()) {
                    JsonObjectBuilder object = Json.createObjectBuilder();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        add(object, meta.getColumnLabel(column), rows.getObject(column));
                    }
                    array.add(object);
                }
                return array.build();
            }
        }
    }

    private static void add(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof Boolean b) {
            object.add(name, b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            object.add(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            object.add(name, decimal);
        } else if (value instanceof LocalDateTime time) {
            object.add(name, time.toInstant(ZoneOffset.UTC).toString());
        } else if (value instanceof Timestamp time) {
            object.add(name, time.toLocalDateTime().toInstant(ZoneOffset.UTC).toString());
        } else if (value instanceof LocalDate date) {
            object.add(name, date.toString());
        } else {
            object.add(name, value.toString());
        }
    }
}
