package io.boto4j.internal.customizations.common;

import io.boto4j.http.HttpRequest;
import io.boto4j.http.RequestBody;
import io.boto4j.internal.protocol.PercentEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The form-encoded body of a query-protocol request, read into ordered fields and written back. */
public final class FormBody {
    private FormBody() {
    }

    public static LinkedHashMap<String, String> read(HttpRequest request) {
        byte[] bytes = request.body().bytesIfBuffered();
        if (bytes == null) {
            try (InputStream in = request.body().newStream()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the form body", e);
            }
        }
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(bytes, StandardCharsets.US_ASCII).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    public static RequestBody write(Map<String, String> fields) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
        return RequestBody.ofBytes(PercentEncoder.encodeForm(entries).getBytes(StandardCharsets.US_ASCII));
    }
}
