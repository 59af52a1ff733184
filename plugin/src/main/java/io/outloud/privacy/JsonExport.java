package io.outloud.privacy;

import io.outloud.common.privacy.ExportSink;
import io.outloud.common.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes an export as one JSON document while it is read: {@code {"person": ..., "sections": {"reactions": [...], ...}}},
 * each row on a line of its own (so a reader can count rows as they arrive), nothing kept once written.
 */
public final class JsonExport implements ExportSink, AutoCloseable {
    public static final String FORMAT = "outloud-personal-data/1";

    private final Writer out;
    private boolean inSection;
    private boolean firstSection = true;
    private boolean firstRow;

    public JsonExport(Writer out, String userKey, String exportedAt) {
        this.out = out;
        write(Json.write(Map.of("format", FORMAT)).replaceFirst("}$", "") + ",\"person\":" + Json.write(userKey)
                + ",\"exportedAt\":" + Json.write(exportedAt) + ",\"sections\":{\n");
    }

    @Override
    public void section(String name) {
        endSection();
        write((firstSection ? "" : ",\n") + Json.write(name) + ":[");
        firstSection = false;
        inSection = true;
        firstRow = true;
    }

    @Override
    public void row(Map<String, Object> fields) {
        if (!inSection) {
            throw new IllegalStateException("a row outside a section");
        }
        write((firstRow ? "\n" : ",\n") + Json.write(fields));
        firstRow = false;
    }

    @Override
    public void close() {
        endSection();
        write("\n}}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endSection() {
        if (inSection) {
            write("\n]");
            inSection = false;
        }
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
