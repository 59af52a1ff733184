package io.outloud.privacy.rest;

import io.outloud.privacy.JsonExport;
import io.outloud.privacy.PersonalDataService;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** The export as a streamed download: written while the stores are read, a page of rows at a time. */
final class PersonalDataDownload {
    private PersonalDataDownload() {
    }

    static Response of(PersonalDataService personalData, String userKey, Clock clock) {
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (JsonExport export = new JsonExport(writer, userKey, clock.instant().toString())) {
                personalData.export(userKey, export);
            }
        };
        return Response.ok(body, "application/json;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"outloud-personal-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    static Map<String, Object> size(PersonalDataService personalData, String userKey) {
        return Map.of("rows", personalData.size(userKey));
    }
}
