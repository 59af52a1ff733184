package io.outloud.wol.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.wol.SeenSummary;

import java.util.LinkedHashMap;
import java.util.Map;

/** A block's seen-by line as every reader gets it: counts below the minimum group size only as "few". */
final class SeenJson {
    private SeenJson() {
    }

    static Map<String, Object> summary(I18nResolver i18n, String macroId, SeenSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("macroId", macroId);
        json.put("text", i18n.getText(summary.textKey(), summary.textArguments()));
        json.put("viewers", summary.shownViewers());
        json.put("departments", summary.shownDepartments());
        json.put("few", summary.fewViewers());
        json.put("fewDepartments", summary.fewDepartments());
        return json;
    }
}
