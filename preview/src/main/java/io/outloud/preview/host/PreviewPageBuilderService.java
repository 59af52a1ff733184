package io.outloud.preview.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/** Web resources required while rendering are collected per request and written into the page's head. */
public final class PreviewPageBuilderService implements PageBuilderService {

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                RequestContext.current().requiredResources().add(moduleCompleteKey);
                return this;
            }
        };
    }
}
