package io.outloud.preview.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import java.util.function.IntSupplier;

/** SAL's ApplicationProperties: the preview's address, on the port it listens on (known once the server started). */
public final class PreviewApplicationProperties implements ApplicationProperties {
    private final IntSupplier port;

    public PreviewApplicationProperties(IntSupplier port) {
        this.port = port;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? "" : "http://localhost:" + port.getAsInt();
    }
}
