package com.atlassian.webresource.api.assembler;

/** Web resources: the assembler of the page being built for the current request. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
