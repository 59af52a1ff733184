package io.outloud.common.privacy;

import java.util.Map;

/** Where an export goes: sections one after the other, each a run of rows (field name to value). */
public interface ExportSink {
    void section(String name);

    void row(Map<String, Object> fields);
}
